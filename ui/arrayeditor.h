#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QAbstractButton;
class QDropEvent;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace ss {
struct FieldSpec;
}

namespace ss::ui {

// The editor of an array field: one row per item, shown by its summary (the field's itemSummary
// template such as "{{label}}", else "Item N") and expandable to the item's own form, which the
// owner builds (itemForm). Add, duplicate, remove and move up/down produce the whole new array
// in one edited() signal, so each is one undo step; the owner rebuilds the editor afterwards.
// The field's min/max item counts disable the buttons that would break them, with a tooltip.
class ArrayEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Control
    {
        Expand,
        Up,
        Down,
        Duplicate,
        Remove
    };

    ArrayEditor(const FieldSpec &field, const QCborArray &items, bool readOnly,
                QWidget *parent = nullptr);

    // Builds the form of item `index` when it is first expanded.
    std::function<QWidget *(int index, const QCborMap &item)> itemForm;
    // Per-item problems (validation), shown as a warning on the item's row.
    void setItemIssues(int index, const QStringList &messages);

    int count() const { return int(m_items.size()); }
    QCborArray items() const { return m_items; }
    QString summary(int index) const;
    static QString summaryOf(const FieldSpec &field, const QCborValue &item, int index);
    // Updates the summaries after an edit inside an item (the rows stay as they are).
    void refreshItems(const QCborArray &items);

    bool isExpanded(int index) const;
    void setExpanded(int index, bool expanded);
    QWidget *itemBody(int index) const;

    // The actions, as the buttons run them; false when min/max or read-only forbids it.
    bool addItem();
    bool removeItem(int index);
    bool moveItem(int from, int to);
    bool duplicateItem(int index);

    // Where a drop at `pos` (this widget's coordinates) would insert: 0..count().
    int dropSlotAt(const QPoint &pos) const;
    // Moves item `from` to the drop slot `slot` (what a drag does): one edited() if it moves.
    bool dropItem(int from, int slot);

    QPushButton *addButton() const { return m_add; }
    QAbstractButton *control(int index, Control c) const;
    void focusControl(int index, Control c);

signals:
    // The new array; origin[i] is the old index of new item i, -1 for a new item; `current` is
    // the item to focus afterwards (the new or moved one, or the one in a removed one's place).
    void edited(const QCborArray &items, const QList<int> &origin, int current);
    void expandedChanged(int index, bool expanded);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Row
    {
        QWidget *header = nullptr;
        QToolButton *expand = nullptr;
        QToolButton *warning = nullptr;
        QToolButton *up = nullptr;
        QToolButton *down = nullptr;
        QToolButton *duplicate = nullptr;
        QToolButton *remove = nullptr;
        QWidget *body = nullptr;
    };
    void buildRow(int index);
    void updateButtons();
    bool canAdd() const;
    bool canRemove() const;

    const FieldSpec &m_field;
    QCborArray m_items;
    bool m_readOnly;
    QList<Row> m_rows;
    QVBoxLayout *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QWidget *m_dropLine = nullptr; // where a dragged item would land
    QPoint m_pressPos;
    int m_pressRow = -1;
};

} // namespace ss::ui
