#pragma once

#include "sitedocument.h"

#include <QCborMap>
#include <QCborValue>
#include <QDialog>
#include <QHash>
#include <QPointer>

class QColorDialog;
class QLabel;
class QPushButton;

namespace ss {
class SiteDocument;
class ThemeManifest;
struct DocumentChange;
struct FieldSpec;
} // namespace ss

namespace ss::ui {

class ThemeSample;

// "Site settings — <site>": a non-modal panel generated from the theme manifest's `site` fields
// (docs/themes.md), grouped by groupOf():
//
//   Colours     format "color", or a token containing "color"/"colour"
//   Typography  a name, label or token containing "font" or "typo"
//   Spacing     format "css-length", or a name or token containing space/spacing/gap/radius/
//               width/size/padding/margin (the theme's "Corners" select lands here)
//   General     everything else (title, description, language, ...)
//
// Editors: colours are a swatch button (QColorDialog, non-modal) plus a hex field; selects and
// radios a combo of the manifest's options (font pairings included); css-length a validated line
// edit; text/textarea/number plain editors. Every change is ONE undoable ReplaceSiteProps through
// the document (site props do not merge, so text fields commit when editing finishes); a refused
// value (bad colour, bad length) is not applied and the reason shows under the field. The live
// preview re-renders on every site-prop edit and the renderer writes token fields as CSS
// variables, so changes show at once. "Reset to theme defaults" sets every design field (all
// groups except General) to the manifest's defaultProps in one undo step; the site's title,
// description and unknown props stay.
class SiteSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Group
    {
        General,
        Colours,
        Typography,
        Spacing
    };
    static Group groupOf(const FieldSpec &field);

    // `doc` and `manifest` must outlive the dialog (the editor window owns all three).
    SiteSettingsDialog(SiteDocument *doc, const ThemeManifest &manifest, QWidget *parent = nullptr);
    ~SiteSettingsDialog() override;

    // The editor of a field (for a colour field, its hex line edit), for tests and "go to field".
    QWidget *editorFor(const QString &field) const { return m_editors.value(field); }
    QPushButton *swatchFor(const QString &field) const { return m_swatches.value(field); }
    // The message shown under a field ("" when none).
    QString fieldError(const QString &field) const;
    // The fields of one group, in manifest order.
    QStringList fieldsOf(Group group) const;

    // Sets a field from text as the user would by typing and leaving the field: validated, then
    // one undoable edit. False (and a message at the field) when refused.
    bool setFieldText(const QString &field, const QString &text);
    // A colour field from a colour (what the colour dialog does when accepted).
    bool setColor(const QString &field, const QColor &color);
    // Opens the colour dialog of a colour field, non-modal (show(), never exec()); accepting it
    // applies the colour. Returns the dialog so tests can drive it.
    QColorDialog *openColorDialog(const QString &field);
    // Design fields back to the theme's defaults, one undo step. False when nothing changed.
    bool resetToDefaults();

    ThemeSample *sample() const { return m_sample; }

private:
    void build();
    void refresh(); // editors and the sample from the document
    void onChanged(const DocumentChange &change);
    bool commit(const QString &field, const QCborValue &value);
    void setError(const QString &field, const QString &message);
    QWidget *makeEditor(const FieldSpec &field);
    const FieldSpec *field(const QString &name) const;
    QCborValue currentValue(const QString &field) const;

    QPointer<SiteDocument> m_doc;
    const ThemeManifest &m_manifest;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QPushButton *> m_swatches;
    QHash<QString, QLabel *> m_errors;
    ThemeSample *m_sample = nullptr;
    QPushButton *m_reset = nullptr;
    bool m_refreshing = false;
};

// The palette swatches and font pairing drawn as a tiny page (heading, text, button, link) in
// the site's colours; updated on every change.
class ThemeSample : public QWidget
{
    Q_OBJECT
public:
    explicit ThemeSample(QWidget *parent = nullptr);
    struct Swatch
    {
        QString key; // the field name (primaryColor, backgroundColor, ...)
        QString label;
        QColor color;
    };
    void setSample(const QList<Swatch> &swatches, const QString &fontLabel, bool serifHeadings,
                   bool roundedHeadings, int radius);
    QList<Swatch> swatches() const { return m_swatches; }
    QString fontLabel() const { return m_font; }
    QSize sizeHint() const override { return {320, 190}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor colorOf(const QString &key, const QColor &fallback) const;
    QList<Swatch> m_swatches;
    QString m_font;
    bool m_serif = false;
    bool m_rounded = false;
    int m_radius = 6;
};

} // namespace ss::ui
