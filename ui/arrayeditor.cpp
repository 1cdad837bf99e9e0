#include "arrayeditor.h"
#include "widgetutil.h"

#include "markdown.h"
#include "thememanifest.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace ss::ui {

namespace {

QIcon themedIcon(const QWidget *w, const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), w->style()->standardIcon(fallback));
}

} // namespace

ArrayEditor::ArrayEditor(const FieldSpec &field, const QCborArray &items, bool readOnly,
                         QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_items(items)
    , m_readOnly(readOnly)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(4);
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setObjectName(QStringLiteral("arrayItems"));
    m_list = new QVBoxLayout(frame);
    m_list->setContentsMargins(4, 4, 4, 4);
    m_list->setSpacing(2);
    outer->addWidget(frame);
    for (int i = 0; i < count(); ++i)
        buildRow(i);
    if (m_items.isEmpty()) {
        auto *empty = new QLabel(tr("No items yet"));
        empty->setEnabled(false);
        m_list->addWidget(empty);
    }

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add item"));
    m_add->setAccessibleName(
        tr("Add item to %1").arg(field.label.isEmpty() ? field.name : field.label));
    connect(m_add, &QPushButton::clicked, this, [this] { addItem(); });
    bar->addWidget(m_add);
    bar->addStretch();
    outer->addLayout(bar);
    updateButtons();

    setAcceptDrops(!readOnly);
    m_dropLine = new QFrame(this);
    static_cast<QFrame *>(m_dropLine)->setFrameShape(QFrame::HLine);
    QPalette accent = m_dropLine->palette();
    accent.setColor(QPalette::WindowText, accent.color(QPalette::Highlight));
    m_dropLine->setPalette(accent);
    m_dropLine->hide();
}

QString ArrayEditor::summaryOf(const FieldSpec &field, const QCborValue &item, int index)
{
    QString text;
    const QCborMap props = item.toMap();
    if (!field.itemSummary.isEmpty()) {
        static const QRegularExpression placeholder(
            QStringLiteral("\\{\\{\\s*([\\w.]+)\\s*\\}\\}"));
        const QString &tpl = field.itemSummary;
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(tpl); it.hasNext();) {
            const auto m = it.next();
            text += tpl.mid(last, m.capturedStart() - last);
            QCborValue v = props;
            for (const QString &key : m.captured(1).split(QLatin1Char('.')))
                v = v.toMap().value(key);
            text += scalarText(v);
            last = m.capturedEnd();
        }
        text += tpl.mid(last);
    } else if (!field.subFields.empty()) {
        // No template: the first text-like field that has a value.
        for (const FieldSpec &f : field.subFields) {
            if (f.type == FieldSpec::Type::Text || f.type == FieldSpec::Type::Textarea) {
                text = scalarText(props.value(f.name));
                if (!text.trimmed().isEmpty())
                    break;
            }
        }
    }
    text = markdown::stripTags(text).simplified();
    if (text.size() > 48)
        text = text.left(47) + QChar(0x2026);
    return text.isEmpty() ? tr("Item %1").arg(index + 1) : text;
}

QString ArrayEditor::summary(int index) const
{
    return summaryOf(m_field, m_items.at(index), index);
}

void ArrayEditor::buildRow(int index)
{
    Row row;
    row.header = new QWidget;
    auto *h = new QHBoxLayout(row.header);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(2);
    row.expand = new QToolButton;
    row.expand->setAutoRaise(true);
    row.expand->setCheckable(true);
    row.expand->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    row.expand->setArrowType(Qt::RightArrow);
    row.expand->setText(summary(index));
    row.expand->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    row.expand->setAccessibleName(tr("Item %1: %2").arg(index + 1).arg(summary(index)));
    row.expand->setToolTip(m_readOnly ? tr("Show or hide this item's fields")
                                      : tr("Show or hide this item's fields; drag to reorder "
                                           "(Alt+Up/Down)"));
    row.expand->installEventFilter(this);
    connect(row.expand, &QToolButton::toggled, this, [this, index](bool on) {
        setExpanded(index, on);
        emit expandedChanged(index, on);
    });
    h->addWidget(row.expand, 1);

    row.warning = new QToolButton;
    row.warning->setAutoRaise(true);
    row.warning->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    row.warning->setFocusPolicy(Qt::NoFocus);
    row.warning->hide();
    h->addWidget(row.warning);

    const auto tool = [&](QIcon icon, const QString &tip) {
        auto *b = new QToolButton;
        b->setAutoRaise(true);
        b->setIcon(icon);
        b->setToolTip(tip);
        b->setAccessibleName(tr("%1 (item %2)").arg(tip).arg(index + 1));
        h->addWidget(b);
        return b;
    };
    row.up = tool(style()->standardIcon(QStyle::SP_ArrowUp), tr("Move up"));
    row.down = tool(style()->standardIcon(QStyle::SP_ArrowDown), tr("Move down"));
    row.duplicate =
        tool(themedIcon(this, "edit-copy", QStyle::SP_TitleBarNormalButton), tr("Duplicate"));
    row.remove = tool(themedIcon(this, "edit-delete", QStyle::SP_TrashIcon), tr("Remove"));
    connect(row.up, &QToolButton::clicked, this, [this, index] { moveItem(index, index - 1); });
    connect(row.down, &QToolButton::clicked, this, [this, index] { moveItem(index, index + 1); });
    connect(row.duplicate, &QToolButton::clicked, this, [this, index] { duplicateItem(index); });
    connect(row.remove, &QToolButton::clicked, this, [this, index] { removeItem(index); });
    m_list->addWidget(row.header);
    m_rows.append(row);
}

void ArrayEditor::setItemIssues(int index, const QStringList &messages)
{
    if (index < 0 || index >= m_rows.size())
        return;
    QToolButton *w = m_rows[index].warning;
    w->setVisible(!messages.isEmpty());
    w->setToolTip(messages.join(QLatin1Char('\n')));
    w->setAccessibleName(messages.join(QLatin1Char('\n')));
}

void ArrayEditor::refreshItems(const QCborArray &items)
{
    if (items.size() != m_items.size())
        return; // a structural change: the owner rebuilds
    m_items = items;
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i].expand->setText(summary(i));
}

bool ArrayEditor::isExpanded(int index) const
{
    return index >= 0 && index < m_rows.size() && m_rows[index].expand->isChecked();
}

void ArrayEditor::setExpanded(int index, bool expanded)
{
    if (index < 0 || index >= m_rows.size())
        return;
    Row &row = m_rows[index];
    {
        const QSignalBlocker block(row.expand);
        row.expand->setChecked(expanded);
    }
    row.expand->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (expanded && !row.body && itemForm) {
        auto *body = new QFrame;
        body->setObjectName(QStringLiteral("arrayItemBody"));
        auto *v = new QVBoxLayout(body);
        v->setContentsMargins(18, 2, 2, 8);
        v->addWidget(itemForm(index, m_items.at(index).toMap()));
        row.body = body;
        m_list->insertWidget(m_list->indexOf(row.header) + 1, body);
    }
    if (row.body)
        row.body->setVisible(expanded);
}

QWidget *ArrayEditor::itemBody(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows[index].body : nullptr;
}

bool ArrayEditor::canAdd() const
{
    return !m_readOnly && (!m_field.max || count() < *m_field.max);
}

bool ArrayEditor::canRemove() const
{
    return !m_readOnly && (!m_field.min || count() > *m_field.min);
}

void ArrayEditor::updateButtons()
{
    const int max = m_field.max ? int(std::lround(*m_field.max)) : 0;
    const int min = m_field.min ? int(std::lround(*m_field.min)) : 0;
    const QString ro = tr("Read-only in this theme");
    const QString full = tr("At most %n item(s)", nullptr, max);
    const QString least = tr("At least %n item(s)", nullptr, min);
    m_add->setEnabled(canAdd());
    m_add->setToolTip(m_readOnly ? ro : canAdd() ? tr("Add an item at the end") : full);
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        r.up->setEnabled(!m_readOnly && i > 0);
        r.down->setEnabled(!m_readOnly && i + 1 < m_rows.size());
        r.duplicate->setEnabled(canAdd());
        r.duplicate->setToolTip(m_readOnly ? ro : canAdd() ? tr("Duplicate") : full);
        r.remove->setEnabled(canRemove());
        r.remove->setToolTip(m_readOnly ? ro : canRemove() ? tr("Remove") : least);
    }
}

bool ArrayEditor::addItem()
{
    if (!canAdd())
        return false;
    QCborArray next = m_items;
    next.append(m_field.defaultItemProps);
    QList<int> origin;
    for (int i = 0; i < count(); ++i)
        origin << i;
    origin << -1;
    emit edited(next, origin, count());
    return true;
}

bool ArrayEditor::removeItem(int index)
{
    if (!canRemove() || index < 0 || index >= count())
        return false;
    QCborArray next = m_items;
    next.removeAt(index);
    QList<int> origin;
    for (int i = 0; i < count(); ++i)
        if (i != index)
            origin << i;
    emit edited(next, origin, qMin(index, count() - 2));
    return true;
}

bool ArrayEditor::moveItem(int from, int to)
{
    if (m_readOnly || from < 0 || to < 0 || from >= count() || to >= count() || from == to)
        return false;
    QCborArray next = m_items;
    const QCborValue item = next.takeAt(from);
    next.insert(to, item);
    QList<int> origin;
    for (int i = 0; i < count(); ++i)
        origin << i;
    origin.move(from, to);
    emit edited(next, origin, to);
    return true;
}

bool ArrayEditor::duplicateItem(int index)
{
    if (!canAdd() || index < 0 || index >= count())
        return false;
    QCborArray next = m_items;
    next.insert(index + 1, m_items.at(index));
    QList<int> origin;
    for (int i = 0; i < count(); ++i) {
        origin << i;
        if (i == index)
            origin << -1;
    }
    emit edited(next, origin, index + 1);
    return true;
}

int ArrayEditor::dropSlotAt(const QPoint &pos) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const QWidget *h = m_rows[i].header;
        const int mid = h->mapTo(this, QPoint(0, h->height() / 2)).y();
        if (pos.y() < mid)
            return i;
    }
    return count();
}

bool ArrayEditor::dropItem(int from, int slot)
{
    const int to = slot > from ? slot - 1 : slot;
    return moveItem(from, to);
}

namespace {
constexpr char kItemMime[] = "application/x-sitestudio-array-item";
}

bool ArrayEditor::eventFilter(QObject *watched, QEvent *event)
{
    int row = -1;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].expand == watched)
            row = i;
    if (row < 0 || m_readOnly)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton) {
            m_pressPos = e->position().toPoint();
            m_pressRow = row;
        }
        break;
    }
    case QEvent::MouseMove: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (!(e->buttons() & Qt::LeftButton) || m_pressRow != row ||
            (e->position().toPoint() - m_pressPos).manhattanLength() <
                QApplication::startDragDistance())
            break;
        m_pressRow = -1;
        auto *mime = new QMimeData;
        mime->setData(QString::fromLatin1(kItemMime), QByteArray::number(row));
        auto *drag = new QDrag(m_rows[row].expand);
        drag->setMimeData(mime);
        drag->setPixmap(m_rows[row].header->grab());
        drag->setHotSpot(m_pressPos);
        m_rows[row].expand->setDown(false);
        drag->exec(Qt::MoveAction);
        return true;
    }
    case QEvent::KeyPress: {
        auto *e = static_cast<QKeyEvent *>(event);
        if (e->modifiers() == Qt::AltModifier &&
            (e->key() == Qt::Key_Up || e->key() == Qt::Key_Down)) {
            moveItem(row, e->key() == Qt::Key_Up ? row - 1 : row + 1);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

static bool isOurDrag(const QWidget *self, const QDropEvent *event)
{
    const auto *source = qobject_cast<const QWidget *>(event->source());
    return source && self->isAncestorOf(source) &&
           event->mimeData()->hasFormat(QString::fromLatin1(kItemMime));
}

void ArrayEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (isOurDrag(this, event))
        event->acceptProposedAction();
}

void ArrayEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (!isOurDrag(this, event))
        return;
    event->acceptProposedAction();
    const int slot = dropSlotAt(event->position().toPoint());
    const QWidget *anchor = slot < m_rows.size() ? m_rows[slot].header : m_rows.last().header;
    const QRect r(anchor->mapTo(this, QPoint(0, 0)), anchor->size());
    const int y = slot < m_rows.size() ? r.top() - 1 : r.bottom() + 1;
    m_dropLine->setGeometry(r.left(), y - 1, r.width(), 3);
    m_dropLine->show();
    m_dropLine->raise();
}

void ArrayEditor::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropLine->hide();
}

void ArrayEditor::dropEvent(QDropEvent *event)
{
    m_dropLine->hide();
    if (!isOurDrag(this, event))
        return;
    const int from = event->mimeData()->data(QString::fromLatin1(kItemMime)).toInt();
    event->acceptProposedAction();
    // The rebuild that follows deletes the drag source: let the drag finish first.
    const int slot = dropSlotAt(event->position().toPoint());
    QTimer::singleShot(0, this, [this, from, slot] { dropItem(from, slot); });
}

QAbstractButton *ArrayEditor::control(int index, Control c) const
{
    if (index < 0 || index >= m_rows.size())
        return nullptr;
    const Row &r = m_rows[index];
    switch (c) {
    case Control::Expand:
        return r.expand;
    case Control::Up:
        return r.up;
    case Control::Down:
        return r.down;
    case Control::Duplicate:
        return r.duplicate;
    case Control::Remove:
        return r.remove;
    }
    return nullptr;
}

void ArrayEditor::focusControl(int index, Control c)
{
    QAbstractButton *b = control(index, c);
    if (b && !b->isEnabled())
        b = control(index, Control::Expand);
    if (!b)
        b = m_add;
    b->setFocus(Qt::OtherFocusReason);
}

} // namespace ss::ui
