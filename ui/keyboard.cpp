#include "keyboard.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPointer>
#include <QTimer>

namespace ss::ui {

namespace {

class ButtonBoxTabOrder : public QObject
{
public:
    using QObject::QObject;

    static void apply(QDialogButtonBox *box)
    {
        QWidget *proxy = box->focusProxy();
        if (!proxy || !box->isAncestorOf(proxy))
            return;
        // The box's widgets in chain order, then: proxy first, the others after it.
        QList<QWidget *> others;
        for (QWidget *w = box->nextInFocusChain(); w != box && box->isAncestorOf(w);
             w = w->nextInFocusChain())
            if (w != proxy)
                others << w;
        QWidget *previous = proxy;
        for (QWidget *w : others) {
            QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show || event->type() == QEvent::LayoutRequest) {
            // After the box has laid out its buttons and picked its proxy.
            QPointer<QDialogButtonBox> box = qobject_cast<QDialogButtonBox *>(watched);
            QTimer::singleShot(0, this, [box] {
                if (box)
                    apply(box);
            });
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void keepButtonBoxInTabOrder(QDialogButtonBox *box)
{
    box->installEventFilter(new ButtonBoxTabOrder(box));
    ButtonBoxTabOrder::apply(box);
}

} // namespace ss::ui
