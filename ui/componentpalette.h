#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;

namespace ss {
class ThemeManifest;
}

namespace ss::ui {

// The theme's components grouped by its categories, with a search field. Activating a component
// (double-click, Enter) asks for it to be inserted; components can also be dragged onto the
// outline (MIME type OutlineModel::ComponentMimeType carrying the type name).
class ComponentPalette : public QWidget
{
    Q_OBJECT
public:
    explicit ComponentPalette(const ThemeManifest &manifest, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *tree() const { return m_tree; }
    // Component types shown right now, in order (after the search filter).
    QStringList visibleTypes() const;

signals:
    void insertRequested(const QString &type);

private:
    void filter(const QString &text);

    QLineEdit *m_search;
    QTreeWidget *m_tree;
};

} // namespace ss::ui
