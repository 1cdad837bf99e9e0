#include "assetpicker.h"

#include "keyboard.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ss::ui {

QPixmap assetThumbnail(const QByteArray &data, const QSize &size, const QWidget *styleFrom,
                       const QString &name)
{
    // Drawn at the screen's device pixel ratio: crisp on high-DPI screens (size is logical).
    const qreal dpr = styleFrom->devicePixelRatioF();
    QPixmap canvas(size * dpr);
    canvas.setDevicePixelRatio(dpr);
    canvas.fill(Qt::transparent);
    QPainter p(&canvas);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QImage image = data.isEmpty() ? QImage() : QImage::fromData(data);
    if (!image.isNull()) {
        QImage scaled = image.scaled(size * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        scaled.setDevicePixelRatio(dpr);
        const QSizeF logical = scaled.deviceIndependentSize();
        p.drawImage(
            QPointF((size.width() - logical.width()) / 2, (size.height() - logical.height()) / 2),
            scaled);
    } else {
        const QStyle::StandardPixmap kind =
            data.isEmpty() ? QStyle::SP_FileLinkIcon : QStyle::SP_FileIcon;
        const int side = qMin(size.width(), size.height()) / 2;
        const QPixmap icon = styleFrom->style()->standardIcon(kind).pixmap(QSize(side, side), dpr);
        const QSizeF iconSize = icon.deviceIndependentSize();
        const QString type = data.isEmpty() ? QString() : QFileInfo(name).suffix().toUpper();
        const int textHeight = type.isEmpty() ? 0 : styleFrom->fontMetrics().height();
        const int top = int((size.height() - iconSize.height() - textHeight) / 2);
        p.drawPixmap(QPointF((size.width() - iconSize.width()) / 2, top), icon);
        if (!type.isEmpty()) {
            p.setPen(styleFrom->palette().color(QPalette::PlaceholderText));
            p.setFont(styleFrom->font());
            p.drawText(QRect(0, top + int(iconSize.height()), size.width(), textHeight),
                       Qt::AlignCenter, type);
        }
    }
    return canvas;
}

ImageField::ImageField(const QString &value, ImageLoader loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(std::move(loader))
{
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    m_thumb = new QLabel;
    m_thumb->setObjectName(QStringLiteral("imageThumbnail"));
    const int em = fontMetrics().height(); // sizes follow the font (large-font and high-DPI setups)
    m_thumb->setFixedSize(em * 4, em * 3);
    m_thumb->setFrameShape(QFrame::StyledPanel);
    m_thumb->setAlignment(Qt::AlignCenter);
    h->addWidget(m_thumb, 0, Qt::AlignTop);
    auto *v = new QVBoxLayout;
    v->setSpacing(4);
    m_edit = new QLineEdit(value);
    m_edit->setPlaceholderText(tr("Image URL or asset"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setCursorPosition(0);
    v->addWidget(m_edit);
    auto *buttons = new QHBoxLayout;
    m_choose = new QPushButton(tr("Choose…"));
    m_choose->setToolTip(tr("Pick one of the site's images"));
    m_choose->setAccessibleName(tr("Choose an image from the site's assets"));
    m_import = new QPushButton(tr("Import…"));
    m_import->setToolTip(tr("Add an image file to the site"));
    m_import->setAccessibleName(tr("Import an image file"));
    buttons->addWidget(m_choose);
    buttons->addWidget(m_import);
    buttons->addStretch();
    v->addLayout(buttons);
    h->addLayout(v, 1);
    updateThumbnail();

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &t) {
        updateThumbnail();
        emit edited(t);
    });
    connect(m_edit, &QLineEdit::editingFinished, this, &ImageField::editingFinished);
    connect(m_choose, &QPushButton::clicked, this, &ImageField::chooseRequested);
    connect(m_import, &QPushButton::clicked, this, &ImageField::importRequested);
}

QString ImageField::value() const
{
    return m_edit->text();
}

void ImageField::setValue(const QString &reference)
{
    m_edit->setText(reference);
    m_edit->setCursorPosition(0);
    updateThumbnail();
}

void ImageField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_choose->setEnabled(!readOnly);
    m_import->setEnabled(!readOnly);
}

void ImageField::updateThumbnail()
{
    const QString ref = m_edit->text().trimmed();
    const QByteArray data = m_loader && !ref.isEmpty() ? m_loader(ref) : QByteArray();
    m_thumb->setPixmap(assetThumbnail(data, m_thumb->size() - QSize(4, 4), this, ref));
    m_thumb->setToolTip(ref.isEmpty() ? tr("No image") : ref);
}

AssetPicker::AssetPicker(const QList<Entry> &assets, const QString &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Choose an image"));
    setAccessibleName(tr("Site assets"));
    auto *v = new QVBoxLayout(this);
    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Site assets"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(96, 72));
    m_list->setGridSize(QSize(120, 112));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setWordWrap(true);
    for (const Entry &e : assets) {
        auto *item = new QListWidgetItem(
            QIcon(assetThumbnail(e.data, QSize(96, 72), this, e.reference)), e.label, m_list);
        item->setData(Qt::UserRole, e.reference);
        item->setToolTip(e.reference);
        if (e.reference == current)
            m_list->setCurrentItem(item);
    }
    v->addWidget(m_list);
    if (assets.isEmpty()) {
        auto *none = new QLabel(tr("This site has no images yet: import one."));
        none->setWordWrap(true);
        v->addWidget(none);
    }
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *use = box->addButton(tr("Use image"), QDialogButtonBox::AcceptRole);
    QPushButton *import = box->addButton(tr("Import file…"), QDialogButtonBox::ActionRole);
    use->setEnabled(m_list->currentItem() != nullptr);
    v->addWidget(box);
    keepButtonBoxInTabOrder(box); // Cancel stays reachable with Tab
    connect(m_list, &QListWidget::currentItemChanged, this,
            [use](QListWidgetItem *item) { use->setEnabled(item != nullptr); });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { choose(item->data(Qt::UserRole).toString()); });
    connect(use, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            choose(item->data(Qt::UserRole).toString());
    });
    connect(import, &QPushButton::clicked, this, [this] {
        emit importRequested();
        close();
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 420);
}

QStringList AssetPicker::references() const
{
    QStringList refs;
    for (int i = 0; i < m_list->count(); ++i)
        refs << m_list->item(i)->data(Qt::UserRole).toString();
    return refs;
}

void AssetPicker::choose(const QString &reference)
{
    emit chosen(reference);
    accept();
}

} // namespace ss::ui
