#pragma once

#include "sitewizard.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace ss {
class ThemeRegistry;
}

namespace ss::ui {

// The new-site wizard (seed 002 §4.2): type, business brief, objectives, style, review. All logic
// is SiteWizardController's; this only shows it.
class NewSiteWizard : public QWizard
{
    Q_OBJECT
public:
    NewSiteWizard(ThemeRegistry &themes, QWidget *parent = nullptr);

    SiteWizardController &controller() { return m_controller; }
    // Set by the site manager: whether an address is taken by a site in the local cache.
    std::function<bool(const QString &slug)> slugTaken;
    // Set by the site manager when a server is configured: asks it whether the address of a
    // name is free; `answer(checked, available, domain)` may come later (checked = false when the
    // server could not be asked).
    using AvailabilityAnswer =
        std::function<void(bool checked, bool available, const QString &domain)>;
    std::function<void(const QString &name, AvailabilityAnswer answer)> checkOnline;
    // What the review step says about the server's answer ("" before any check).
    QString onlineAvailability() const { return m_online; }

    // For tests and keyboard users: the widgets of each step.
    QListWidget *typeList() const { return m_types; }
    QLineEdit *nameEdit() const { return m_name; }
    QList<QCheckBox *> objectiveBoxes() const { return m_objectives; }
    QComboBox *themeCombo() const { return m_theme; }
    QComboBox *paletteCombo() const { return m_palette; }
    QLabel *reviewLabel() const { return m_review; }

private:
    void syncToController();
    void updateReview();
    void updatePreview();

    ThemeRegistry &m_themes;
    SiteWizardController m_controller;
    QListWidget *m_types;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_audience;
    QComboBox *m_tone;
    QList<QCheckBox *> m_objectives;
    QComboBox *m_theme;
    QComboBox *m_palette;
    QComboBox *m_fonts;
    QLabel *m_preview;
    QLabel *m_review;
    QString m_online;      // the review's note on the server's answer
    QString m_checkedName; // the name that note is about
};

} // namespace ss::ui
