#pragma once

#include <QLabel>

class QGraphicsOpacityEffect;
class QPropertyAnimation;
class QTimer;

namespace ss::ui {

// A small transient message over the bottom of a window ("Published — live at …"): it appears
// at once, stays a few seconds and fades out. Clicks go through to the window below. One toast
// per window: a new message replaces the one showing.
class Toast : public QLabel
{
    Q_OBJECT
public:
    explicit Toast(QWidget *window);

    // Shows `text` (plain text) for `ms` milliseconds, then fades it out.
    void showMessage(const QString &text, int ms = 4000);
    bool isShowing() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void place();
    void restyle();

    QGraphicsOpacityEffect *m_opacity;
    QPropertyAnimation *m_fade;
    QTimer *m_hold;
};

} // namespace ss::ui
