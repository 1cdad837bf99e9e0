#pragma once

#include <QDialog>
#include <QList>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ss::ui {

// The bytes of an image reference ("assets/<sha256>.<ext>", "theme:<path>") for a thumbnail;
// empty when it is not available locally (a web URL, a missing asset).
using ImageLoader = std::function<QByteArray(const QString &reference)>;

// A square-ish thumbnail of image bytes, or the style's file icon when Qt cannot decode them
// (SVG without the Qt SVG module, PDF, fonts), with the file's type under it.
QPixmap assetThumbnail(const QByteArray &data, const QSize &size, const QWidget *styleFrom,
                       const QString &name = {});

// The editor of an image field: a thumbnail, the reference (editable: a web URL works too),
// "Choose…" (the site's assets) and "Import…" (a file from disk, stored content-addressed).
class ImageField : public QWidget
{
    Q_OBJECT
public:
    ImageField(const QString &value, ImageLoader loader, QWidget *parent = nullptr);

    QString value() const;
    void setValue(const QString &reference);
    void setReadOnly(bool readOnly);
    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *thumbnail() const { return m_thumb; }
    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *importButton() const { return m_import; }

signals:
    void edited(const QString &reference); // typing in the reference
    void editingFinished();
    void chooseRequested();
    void importRequested();

private:
    void updateThumbnail();

    ImageLoader m_loader;
    QLabel *m_thumb;
    QLineEdit *m_edit;
    QPushButton *m_choose;
    QPushButton *m_import;
};

// A non-modal grid of the site's assets with thumbnails; double-click or "Use" picks one.
class AssetPicker : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString reference; // what the prop holds: "assets/<sha256>.<ext>"
        QString label;     // type and size
        QByteArray data;   // for the thumbnail
    };
    AssetPicker(const QList<Entry> &assets, const QString &current, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QStringList references() const;
    // Picks an asset (as the dialog does): emits chosen() and closes.
    void choose(const QString &reference);

signals:
    void chosen(const QString &reference);
    void importRequested();

private:
    QListWidget *m_list;
};

} // namespace ss::ui
