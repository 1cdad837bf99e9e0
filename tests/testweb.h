#pragma once
// Runs JavaScript in a preview's script world (where ui/canvas.js lives) and waits for the answer.

#include "previewview.h"

#include <QTest>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

// `noAnswer` when the page does not answer within 10 s (it fails the caller's checks).
inline QVariant runJs(const ss::ui::PreviewView *preview, const QString &code,
                      const QVariant &noAnswer = {})
{
    QVariant result;
    bool done = false;
    preview->view()->page()->runJavaScript(code, QWebEngineScript::ApplicationWorld,
                                           [&](const QVariant &v) {
                                               result = v;
                                               done = true;
                                           });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return noAnswer;
    return result;
}
