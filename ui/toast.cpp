#include "toast.h"

#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QMainWindow>
#include <QPropertyAnimation>
#include <QStatusBar>
#include <QTimer>

namespace ss::ui {

Toast::Toast(QWidget *window)
    : QLabel(window)
    , m_opacity(new QGraphicsOpacityEffect(this))
    , m_fade(new QPropertyAnimation(m_opacity, "opacity", this))
    , m_hold(new QTimer(this))
{
    setObjectName(QStringLiteral("toast"));
    setAccessibleName(tr("Notification"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setAlignment(Qt::AlignCenter);
    setMargin(0);
    // A dark, slightly translucent pill: readable over any page in light and dark palettes.
    setStyleSheet(QStringLiteral("QLabel#toast { background-color: rgba(28, 30, 36, 235); color: "
                                 "#ffffff; border: 1px solid rgba(255, 255, 255, 40); "
                                 "border-radius: 12px; padding: 12px 22px; font-weight: 600; }"));
    setAttribute(Qt::WA_StyledBackground);
    setGraphicsEffect(m_opacity);
    m_fade->setDuration(600);
    m_fade->setStartValue(1.0);
    m_fade->setEndValue(0.0);
    connect(m_fade, &QPropertyAnimation::finished, this, &QWidget::hide);
    m_hold->setSingleShot(true);
    connect(m_hold, &QTimer::timeout, m_fade, [this] { m_fade->start(); });
    window->installEventFilter(this);
    hide();
}

void Toast::showMessage(const QString &text, int ms)
{
    m_fade->stop();
    m_opacity->setOpacity(1.0);
    setText(text);
    place();
    show();
    raise();
    m_hold->start(ms);
}

bool Toast::isShowing() const
{
    return isVisible() && m_opacity->opacity() > 0.0;
}

bool Toast::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QLabel::eventFilter(watched, event);
}

void Toast::place()
{
    QWidget *w = parentWidget();
    const int maxWidth = std::min(520, w->width() - 48);
    setMaximumWidth(std::max(maxWidth, 120));
    adjustSize();
    int bottom = w->height() - 24;
    if (auto *main = qobject_cast<QMainWindow *>(w); main && main->statusBar()->isVisible())
        bottom -= main->statusBar()->height();
    move((w->width() - width()) / 2, bottom - height());
}

} // namespace ss::ui
