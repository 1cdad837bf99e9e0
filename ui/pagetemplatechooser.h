#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ss {
class SiteDocument;
class ThemeManifest;
} // namespace ss

namespace ss::ui {

// "Add page…": pick a page template (Blank, About, Contact, Services, Pricing, FAQ, Blog post,
// Menu, Gallery), see which blocks it brings with the site's theme, edit the name and the proposed
// address, and add. Non-modal; `add(templateId, title, slug)` does the work and returns the new
// page's id ("" when it failed: the reason was shown via `problem`).
class PageTemplateChooser : public QDialog
{
    Q_OBJECT
public:
    using AddPage = std::function<QString(const QString &templateId, const QString &title,
                                          const QString &slug, QString *problem)>;

    PageTemplateChooser(const SiteDocument *doc, const ThemeManifest &theme, AddPage add,
                        QWidget *parent = nullptr);

    QListWidget *templateList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *slugEdit() const { return m_slug; }
    QPushButton *addButton() const { return m_addButton; }
    QString selectedTemplate() const;
    void selectTemplate(const QString &id);
    QString problem() const;

    // Adds the page (what the Add button does); closes on success. Returns the page id or "".
    QString add();

private:
    void onTemplateChanged();
    void onNameEdited();
    void validate();

    const SiteDocument *m_doc;
    const ThemeManifest &m_theme;
    AddPage m_add;
    QListWidget *m_list;
    QLabel *m_blocks;
    QLineEdit *m_name;
    QLineEdit *m_slug;
    QLabel *m_problem;
    QPushButton *m_addButton;
    bool m_nameEdited = false;
    bool m_slugEdited = false;
};

} // namespace ss::ui
