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
    restyle();
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

void Toast::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        restyle();
    QLabel::changeEvent(event);
}

void Toast::restyle()
{
    // An inverted, slightly translucent pill (window text colour as background): it stands out
    // over any page in light and dark palettes alike.
    const QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const QColor bg = pal.color(QPalette::WindowText);
    const QColor fg = pal.color(QPalette::Window);
    const QString sheet =
        QStringLiteral("QLabel#toast { background-color: rgba(%1, %2, %3, 235); color: %4; "
                       "border: 1px solid rgba(%5, %6, %7, 60); border-radius: 12px; "
                       "padding: 12px 22px; font-weight: 600; }")
            .arg(bg.red())
            .arg(bg.green())
            .arg(bg.blue())
            .arg(fg.name())
            .arg(fg.red())
            .arg(fg.green())
            .arg(fg.blue());
    if (sheet != styleSheet())
        setStyleSheet(sheet);
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
