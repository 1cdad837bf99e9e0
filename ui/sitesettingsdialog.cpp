#include "sitesettingsdialog.h"
#include "widgetutil.h"

#include "theme.h"

#include "json.h"
#include "sitedocument.h"
#include "thememanifest.h"
#include "urlpolicy.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

constexpr SiteSettingsDialog::Group kGroups[] = {
    SiteSettingsDialog::Group::General, SiteSettingsDialog::Group::Colours,
    SiteSettingsDialog::Group::Typography, SiteSettingsDialog::Group::Spacing};

bool containsAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (text.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    return false;
}

// Commits a plain-text editor when it loses the focus (a QPlainTextEdit has no editingFinished).
class FocusOutFilter : public QObject
{
public:
    FocusOutFilter(QObject *parent, std::function<void()> onFocusOut)
        : QObject(parent)
        , m_onFocusOut(std::move(onFocusOut))
    {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_onFocusOut();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onFocusOut;
};

} // namespace

SiteSettingsDialog::Group SiteSettingsDialog::groupOf(const FieldSpec &f)
{
    if (f.format == QLatin1String("color") || containsAny(f.token, {"color", "colour"}))
        return Group::Colours;
    if (containsAny(f.name, {"font", "typo"}) || containsAny(f.label, {"font", "typo"}) ||
        containsAny(f.token, {"font", "typo"}))
        return Group::Typography;
    if (f.format == QLatin1String("css-length") ||
        containsAny(f.name,
                    {"space", "spacing", "gap", "radius", "width", "size", "padding", "margin"}) ||
        containsAny(f.token,
                    {"space", "spacing", "gap", "radius", "width", "size", "padding", "margin"}))
        return Group::Spacing;
    return Group::General;
}

SiteSettingsDialog::~SiteSettingsDialog()
{
    detachChildSignals(this);
}

SiteSettingsDialog::SiteSettingsDialog(SiteDocument *doc, const ThemeManifest &manifest,
                                       QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_manifest(manifest)
{
    setModal(false);
    setWindowTitle(tr("Site settings — %1").arg(doc->name));
    setAccessibleName(tr("Site settings"));
    build();
    refresh();
    connect(doc, &SiteDocument::changed, this, &SiteSettingsDialog::onChanged);
}

const FieldSpec *SiteSettingsDialog::field(const QString &name) const
{
    return m_manifest.site.field(name);
}

QStringList SiteSettingsDialog::fieldsOf(Group group) const
{
    QStringList out;
    for (const FieldSpec &f : m_manifest.site.fields)
        if (m_editors.contains(f.name) && groupOf(f) == group)
            out << f.name;
    return out;
}

QString SiteSettingsDialog::fieldError(const QString &name) const
{
    const QLabel *l = m_errors.value(name);
    return l && !l->isHidden() ? l->text() : QString();
}

QCborValue SiteSettingsDialog::currentValue(const QString &name) const
{
    if (!m_doc)
        return {};
    QCborValue v = m_doc->siteProps.value(name);
    return v.isUndefined() ? m_manifest.site.defaultProps.value(name) : v;
}

void SiteSettingsDialog::build()
{
    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);
    for (Group g : kGroups) {
        QString title;
        switch (g) {
        case Group::General:
            title = tr("General");
            break;
        case Group::Colours:
            title = tr("Colours");
            break;
        case Group::Typography:
            title = tr("Typography");
            break;
        case Group::Spacing:
            title = tr("Spacing");
            break;
        }
        QGroupBox *box = nullptr;
        QFormLayout *rows = nullptr;
        for (const FieldSpec &f : m_manifest.site.fields) {
            if (groupOf(f) != g)
                continue;
            QWidget *editor = makeEditor(f);
            if (!editor)
                continue;
            if (!box) {
                box = new QGroupBox(title);
                box->setAccessibleName(title);
                rows = new QFormLayout(box);
                rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
                formLayout->addWidget(box);
            }
            auto *error = new QLabel;
            error->setWordWrap(true);
            error->setAccessibleName(tr("%1: problem").arg(f.label.isEmpty() ? f.name : f.label));
            QPalette pal = error->palette();
            pal.setColor(QPalette::WindowText, statusColor(StatusColor::Error, pal));
            error->setPalette(pal);
            error->hide();
            m_errors.insert(f.name, error);
            auto *cell = new QWidget;
            auto *cellLayout = new QVBoxLayout(cell);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            cellLayout->setSpacing(2);
            cellLayout->addWidget(editor);
            cellLayout->addWidget(error);
            auto *label = new QLabel(f.label.isEmpty() ? f.name : f.label);
            label->setBuddy(m_editors.value(f.name));
            rows->addRow(label, cell);
        }
    }
    // One label column across the groups.
    int labelWidth = 0;
    for (QLabel *l : form->findChildren<QLabel *>())
        if (l->buddy())
            labelWidth = std::max(labelWidth, l->sizeHint().width());
    for (QLabel *l : form->findChildren<QLabel *>())
        if (l->buddy())
            l->setMinimumWidth(labelWidth);
    formLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // its fields take the focus (and scroll into view)

    m_sample = new ThemeSample;
    m_sample->setAccessibleName(tr("Theme sample"));
    auto *sampleTitle = new QLabel(tr("Sample"));
    QFont bold = sampleTitle->font();
    bold.setBold(true);
    sampleTitle->setFont(bold);
    auto *side = new QVBoxLayout;
    side->addWidget(sampleTitle);
    side->addWidget(m_sample);
    auto *hint = new QLabel(tr("Changes show in the preview at once and can be undone."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    side->addWidget(hint);
    side->addStretch();

    auto *body = new QHBoxLayout;
    body->addWidget(scroll, 3);
    body->addLayout(side, 2);

    m_reset = new QPushButton(tr("Reset to theme defaults"));
    m_reset->setAccessibleName(tr("Reset to theme defaults"));
    m_reset->setToolTip(tr("Colours, fonts and spacing back to the theme's; title and "
                           "description stay"));
    connect(m_reset, &QPushButton::clicked, this, [this] { resetToDefaults(); });
    // Reset sits outside the button box: a box with two buttons hands Tab to its first one and
    // then skips the other (Qt 6.4), which left Close out of the tab order.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_reset);
    buttonRow->addWidget(buttons, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(buttonRow);
    resize(760, 560);
}

QWidget *SiteSettingsDialog::makeEditor(const FieldSpec &f)
{
    using T = FieldSpec::Type;
    const QString name = f.name;
    const QString label = f.label.isEmpty() ? f.name : f.label;
    QWidget *editor = nullptr;
    QWidget *row = nullptr;
    if (f.type == T::Select || f.type == T::Radio) {
        auto *combo = new QComboBox;
        for (const QCborValue &o : f.options) {
            const QCborMap m = o.toMap();
            const QCborValue value = m.value(QStringLiteral("value"));
            const QString text = m.value(QStringLiteral("label")).toString();
            combo->addItem(text.isEmpty() ? scalarText(value) : text,
                           QVariant::fromValue(value.toVariant()));
        }
        connect(combo, &QComboBox::activated, this, [this, name, combo](int i) {
            if (m_refreshing)
                return;
            commit(name, QCborValue::fromVariant(combo->itemData(i)));
        });
        editor = combo;
    } else if (f.type == T::Number) {
        auto *spin = new QDoubleSpinBox;
        spin->setRange(f.min.value_or(-1e9), f.max.value_or(1e9));
        if (f.step)
            spin->setSingleStep(*f.step);
        spin->setDecimals(f.step && *f.step >= 1 ? 0 : 2);
        connect(spin, &QDoubleSpinBox::editingFinished, this, [this, name, spin] {
            if (m_refreshing)
                return;
            const double v = spin->value();
            commit(name, v == double(qint64(v)) ? QCborValue(qint64(v)) : QCborValue(v));
        });
        editor = spin;
    } else if (f.type == T::Textarea || f.type == T::RichText) {
        auto *text = new QPlainTextEdit;
        text->setTabChangesFocus(true);
        text->setMaximumHeight(text->fontMetrics().lineSpacing() * 4 + 12);
        text->installEventFilter(new FocusOutFilter(text, [this, name, text] {
            if (!m_refreshing)
                setFieldText(name, text->toPlainText());
        }));
        editor = text;
    } else if (f.type == T::Text || f.type == T::Link || f.type == T::Image) {
        auto *line = new QLineEdit;
        if (f.maxLength > 0)
            line->setMaxLength(f.maxLength);
        line->setPlaceholderText(f.placeholder);
        connect(line, &QLineEdit::editingFinished, this, [this, name, line] {
            if (!m_refreshing)
                setFieldText(name, line->text());
        });
        editor = line;
        if (f.format == QLatin1String("color")) {
            line->setPlaceholderText(tr("#rrggbb"));
            line->setMaxLength(9);
            auto *swatch = new QPushButton;
            swatch->setAccessibleName(tr("Pick %1").arg(label));
            swatch->setToolTip(tr("Pick a colour"));
            swatch->setFixedSize(40, line->sizeHint().height());
            connect(swatch, &QPushButton::clicked, this, [this, name] { openColorDialog(name); });
            m_swatches.insert(name, swatch);
            row = new QWidget;
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(swatch);
            h->addWidget(line, 1);
        } else if (f.format == QLatin1String("css-length")) {
            line->setPlaceholderText(f.placeholder.isEmpty() ? tr("e.g. 16px, 1.5rem, 75%")
                                                             : f.placeholder);
        }
    } else {
        return nullptr; // slots, arrays and objects have no place among site settings
    }
    editor->setAccessibleName(label);
    editor->setEnabled(!f.readOnly);
    m_editors.insert(name, editor);
    return row ? row : editor;
}

void SiteSettingsDialog::setError(const QString &name, const QString &message)
{
    QLabel *l = m_errors.value(name);
    if (!l)
        return;
    l->setText(message);
    l->setVisible(!message.isEmpty());
    if (auto *line = qobject_cast<QLineEdit *>(m_editors.value(name))) {
        line->setStyleSheet(message.isEmpty()
                                ? QString()
                                : QStringLiteral("QLineEdit { border: 1px solid %1; }")
                                      .arg(statusColorName(StatusColor::Error, line->palette())));
        line->setToolTip(message);
    }
}

bool SiteSettingsDialog::setFieldText(const QString &name, const QString &input)
{
    const FieldSpec *f = field(name);
    if (!f)
        return false;
    // Show what is being set, like typing would (a refused value stays visible with its reason).
    if (auto *line = qobject_cast<QLineEdit *>(m_editors.value(name));
        line && line->text() != input)
        line->setText(input);
    const QString text = input.trimmed();
    QCborValue value(text);
    if (f->format == QLatin1String("color")) {
        QString hex = text;
        if (!hex.isEmpty() && !hex.startsWith(QLatin1Char('#')))
            hex.prepend(QLatin1Char('#'));
        if (urlpolicy::color(hex).isEmpty()) {
            setError(
                name,
                tr("“%1” is not a colour: use #rgb or #rrggbb (for example #4f46e5).").arg(text));
            return false;
        }
        value = QCborValue(hex.toLower());
    } else if (f->format == QLatin1String("css-length")) {
        if (!text.isEmpty() && urlpolicy::cssLength(text).isEmpty()) {
            setError(name,
                     tr("“%1” is not a CSS length: use a number with px, rem, em, %, ch or vw.")
                         .arg(text));
            return false;
        }
    } else if (f->type == FieldSpec::Type::Textarea || f->type == FieldSpec::Type::RichText) {
        value = QCborValue(input); // keep line breaks and inner spaces as typed
    }
    if (f->maxLength > 0 && value.toString().size() > f->maxLength) {
        setError(name, tr("At most %n characters.", nullptr, f->maxLength));
        return false;
    }
    return commit(name, value);
}

bool SiteSettingsDialog::setColor(const QString &name, const QColor &color)
{
    if (!color.isValid()) {
        setError(name, tr("Not a colour."));
        return false;
    }
    return setFieldText(name, color.name(QColor::HexRgb));
}

QColorDialog *SiteSettingsDialog::openColorDialog(const QString &name)
{
    if (!m_swatches.contains(name))
        return nullptr;
    auto *dialog = new QColorDialog(QColor(currentValue(name).toString()), this);
    dialog->setOption(QColorDialog::DontUseNativeDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(false);
    const FieldSpec *f = field(name);
    dialog->setWindowTitle(f && !f->label.isEmpty() ? f->label : name);
    connect(dialog, &QColorDialog::colorSelected, this,
            [this, name](const QColor &c) { setColor(name, c); });
    dialog->show();
    return dialog;
}

bool SiteSettingsDialog::commit(const QString &name, const QCborValue &value)
{
    if (!m_doc)
        return false;
    setError(name, QString());
    QCborMap props = m_doc->siteProps;
    if (json::equal(currentValue(name), value, true) && props.contains(name))
        return true; // nothing changed: no undo step
    props.insert(name, value);
    auto op = m_doc->makeReplaceSiteProps(props);
    if (!op) {
        setError(name, op.error().toString());
        return false;
    }
    if (auto r = m_doc->perform(*op); !r) {
        setError(name, r.error().toString());
        refresh();
        return false;
    }
    return true;
}

bool SiteSettingsDialog::resetToDefaults()
{
    if (!m_doc)
        return false;
    QCborMap props = m_doc->siteProps;
    for (const FieldSpec &f : m_manifest.site.fields) {
        if (groupOf(f) == Group::General)
            continue;
        const QCborValue def = m_manifest.site.defaultProps.value(f.name);
        if (def.isUndefined())
            props.remove(f.name);
        else
            props.insert(f.name, def);
    }
    if (json::equal(QCborValue(props), QCborValue(m_doc->siteProps), true))
        return false;
    auto op = m_doc->makeReplaceSiteProps(props);
    if (!op)
        return false;
    if (auto r = m_doc->perform(*op); !r)
        return false;
    for (QLabel *l : std::as_const(m_errors))
        l->hide();
    for (const QString &n : m_errors.keys())
        setError(n, QString());
    return true;
}

void SiteSettingsDialog::onChanged(const DocumentChange &change)
{
    if (change.kind == Operation::Kind::ReplaceSiteProps)
        refresh();
}

void SiteSettingsDialog::refresh()
{
    if (!m_doc)
        return;
    m_refreshing = true;
    QList<ThemeSample::Swatch> swatches;
    QString fontLabel;
    bool serif = false, rounded = false;
    int radius = 6;
    for (const FieldSpec &f : m_manifest.site.fields) {
        QWidget *editor = m_editors.value(f.name);
        if (!editor)
            continue;
        const QCborValue v = currentValue(f.name);
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            int index = -1;
            for (int i = 0; i < combo->count(); ++i)
                if (json::equal(QCborValue::fromVariant(combo->itemData(i)), v, true))
                    index = i;
            combo->setCurrentIndex(index);
            if (groupOf(f) == Group::Typography && index >= 0) {
                fontLabel = combo->itemText(index);
                static const QRegularExpression serifHeadings(
                    QStringLiteral("(?<!sans-)serif (headings|throughout)"),
                    QRegularExpression::CaseInsensitiveOption);
                serif = serifHeadings.match(fontLabel).hasMatch() ||
                        v.toString() == QLatin1String("classic");
                rounded = fontLabel.contains(QLatin1String("rounded"), Qt::CaseInsensitive);
            }
            if (f.name.contains(QLatin1String("radius"), Qt::CaseInsensitive)) {
                const QString r = v.toString();
                radius = r == QLatin1String("square") ? 0 : r == QLatin1String("pill") ? 18 : 6;
            }
        } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            if (!spin->hasFocus())
                spin->setValue(v.toDouble());
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
            if (text->toPlainText() != v.toString())
                text->setPlainText(v.toString());
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            if (line->text() != scalarText(v)) {
                line->setText(scalarText(v));
                setError(f.name, QString()); // a refused value was replaced (undo, reset)
            }
        }
        if (QPushButton *swatch = m_swatches.value(f.name)) {
            const QColor c(v.toString());
            swatch->setStyleSheet(QStringLiteral("QPushButton { background: %1; border: 1px solid "
                                                 "palette(mid); border-radius: 4px; }")
                                      .arg(c.isValid() ? c.name() : QStringLiteral("transparent")));
            swatches.append({f.name, f.label.isEmpty() ? f.name : f.label, c});
        }
    }
    m_sample->setSample(swatches, fontLabel, serif, rounded, radius);
    m_refreshing = false;
}

// ThemeSample

ThemeSample::ThemeSample(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(260, 170);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ThemeSample::setSample(const QList<Swatch> &swatches, const QString &fontLabel,
                            bool serifHeadings, bool roundedHeadings, int radius)
{
    m_swatches = swatches;
    m_font = fontLabel;
    m_serif = serifHeadings;
    m_rounded = roundedHeadings;
    m_radius = radius;
    QStringList names;
    for (const Swatch &s : swatches)
        names << s.label + QLatin1Char(' ') + s.color.name();
    setToolTip(names.join(QLatin1Char('\n')));
    update();
}

QColor ThemeSample::colorOf(const QString &key, const QColor &fallback) const
{
    for (const Swatch &s : m_swatches)
        if (s.key.contains(key, Qt::CaseInsensitive) && s.color.isValid())
            return s.color;
    return fallback;
}

void ThemeSample::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor bg = colorOf(QStringLiteral("background"), Qt::white);
    const QColor text = colorOf(QStringLiteral("text"), Qt::black);
    const QColor primary = colorOf(QStringLiteral("primary"), QColor(0x4f, 0x46, 0xe5));
    const QColor accent = colorOf(QStringLiteral("accent"), primary);

    // The "page".
    const QRectF page = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(bg);
    p.drawRoundedRect(page, 6, 6);

    QFont heading = font();
    heading.setStyleHint(m_serif ? QFont::Serif : QFont::SansSerif);
    heading.setFamilies(m_serif ? QStringList{QStringLiteral("DejaVu Serif"),
                                              QStringLiteral("Georgia"), QStringLiteral("serif")}
                                : QStringList{font().family()});
    heading.setPointSizeF(font().pointSizeF() * 1.6);
    heading.setBold(true);
    p.setFont(heading);
    p.setPen(text);
    const int x = 14;
    int y = 14 + QFontMetrics(heading).ascent();
    p.drawText(x, y, tr("Your headline"));

    QFont body = font();
    p.setFont(body);
    y += QFontMetrics(body).lineSpacing() + 6;
    p.drawText(x, y, tr("Body text in the site's colours."));
    y += QFontMetrics(body).lineSpacing();
    p.setPen(accent);
    QFont link = body;
    link.setUnderline(true);
    p.setFont(link);
    p.drawText(x, y, tr("A link"));

    // The button.
    p.setFont(body);
    const QString label = tr("Button");
    const int bw = QFontMetrics(body).horizontalAdvance(label) + 28;
    const int bh = QFontMetrics(body).height() + 12;
    QRectF button(x, y + 10, bw, bh);
    p.setPen(Qt::NoPen);
    p.setBrush(primary);
    p.drawRoundedRect(button, std::min<qreal>(m_radius, bh / 2.0),
                      std::min<qreal>(m_radius, bh / 2.0));
    p.setPen(primary.lightnessF() > 0.6 ? Qt::black : Qt::white);
    p.drawText(button, Qt::AlignCenter, label);

    // The swatches along the bottom with their hex values.
    const int n = int(m_swatches.size());
    if (n > 0) {
        const qreal sw = (page.width() - 28 - (n - 1) * 6.0) / n;
        const qreal sy = page.bottom() - 14 - 22;
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.8);
        for (int i = 0; i < n; ++i) {
            QRectF r(14 + i * (sw + 6), sy, sw, 22);
            p.setPen(QPen(text, 0.5));
            p.setBrush(m_swatches[i].color);
            p.drawRoundedRect(r, 3, 3);
            p.setFont(small);
            p.setPen(m_swatches[i].color.lightnessF() > 0.6 ? Qt::black : Qt::white);
            p.drawText(r, Qt::AlignCenter, m_swatches[i].color.name());
        }
    }
    if (!m_font.isEmpty()) {
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.85);
        small.setItalic(true);
        p.setFont(small);
        p.setPen(text);
        const QRectF line(x, button.bottom() + 8, page.width() - 2 * x,
                          QFontMetrics(small).height());
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(small).elidedText(tr("Fonts: %1").arg(m_font), Qt::ElideRight,
                                                  int(line.width())));
    }
}

} // namespace ss::ui
