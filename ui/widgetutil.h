#pragma once

#include <QObject>

namespace ss::ui {

// First thing in the destructor of a form whose editors report to it (editingFinished on focus
// loss, selection changes): hiding the dying window or destroying its focused child moves the
// focus, and the editors' signals would otherwise run the form's slots on members that are
// already gone (seen as a crash closing an editor with a settings field focused).
inline void detachChildSignals(QObject *form)
{
    const auto children = form->findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, form, nullptr);
}

} // namespace ss::ui
