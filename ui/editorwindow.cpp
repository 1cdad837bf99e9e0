#include "editorwindow.h"

#include "assetstore.h"
#include "automationwindow.h"
#include "clipboard.h"
#include "componentpalette.h"
#include "conflictsdialog.h"
#include "deploymentspanel.h"
#include "inspector.h"
#include "json.h"
#include "localcache.h"
#include "outlinemodel.h"
#include "page.h"
#include "pagetemplatechooser.h"
#include "pagetemplates.h"
#include "previewview.h"
#include "publishdialog.h"
#include "renderer.h"
#include "revisionspanel.h"
#include "sitedocument.h"
#include "sitesettingsdialog.h"
#include "sitestore.h"
#include "sitewizard.h"
#include "syncservice.h"
#include "themepackage.h"
#include "toast.h"

#include <QAction>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QUrl>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

constexpr int kTitleRole = Qt::UserRole + 1;

QListWidgetItem *pageItem(const Page &page, QListWidget *list)
{
    auto *item = new QListWidgetItem(
        page.title.isEmpty() ? page.slug : EditorWindow::tr("%1  %2").arg(page.title, page.slug),
        list);
    item->setData(Qt::UserRole, page.id);
    item->setData(kTitleRole, page.title);
    item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
    return item;
}

// Inline rename in the pages list: edits the page's name (not the "Name  /address" text) and
// hands it to the document instead of the list's model.
class PageTitleDelegate : public QStyledItemDelegate
{
public:
    PageTitleDelegate(std::function<void(const QString &, const QString &)> rename, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_rename(std::move(rename))
    {}
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *e = qobject_cast<QLineEdit *>(editor)) {
            e->setText(index.data(kTitleRole).toString());
            e->setAccessibleName(EditorWindow::tr("Page name"));
            e->selectAll();
        }
    }
    void setModelData(QWidget *editor, QAbstractItemModel *,
                      const QModelIndex &index) const override
    {
        if (auto *e = qobject_cast<QLineEdit *>(editor))
            m_rename(index.data(Qt::UserRole).toString(), e->text().trimmed());
    }

private:
    std::function<void(const QString &, const QString &)> m_rename;
};

} // namespace

EditorWindow::EditorWindow(SiteStore &store, ThemeRegistry &themes, const QString &siteId,
                           AssetStore *assets, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_assets(assets)
{
    auto doc = store.loadSite(siteId);
    if (!doc) {
        m_error = doc.error().toString();
        return;
    }
    auto theme = themes.theme((*doc)->themeId);
    if (!theme) {
        m_error = theme.error().toString();
        return;
    }
    m_doc = std::move(*doc);
    m_theme = *theme;
    const ThemeManifest &manifest = m_theme->manifest();

    m_pages = new QListWidget;
    m_pages->setAccessibleName(tr("Pages"));
    m_pages->setToolTip(tr("Drag to reorder (Alt+Up/Alt+Down); F2 renames"));
    for (const auto &page : m_doc->pages())
        pageItem(*page, m_pages);
    // Reorder by drag and drop; rename in place (F2, double-click).
    m_pages->setDragDropMode(QAbstractItemView::InternalMove);
    m_pages->setDefaultDropAction(Qt::MoveAction);
    m_pages->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_pages->setItemDelegate(new PageTitleDelegate(
        [this](const QString &pageId, const QString &title) {
            // After the editor closed: the rename rebuilds the list.
            QTimer::singleShot(0, this, [this, pageId, title] { renamePage(pageId, title); });
        },
        m_pages));
    connect(m_pages->model(), &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int start, int, const QModelIndex &, int row) {
                const int to = row > start ? row - 1 : row;
                const QListWidgetItem *item = m_pages->item(to);
                const QString pageId = item ? item->data(Qt::UserRole).toString() : QString();
                // The list moved its row already; the document follows once the drop is done.
                QTimer::singleShot(0, this, [this, pageId, to] {
                    if (!movePageTo(pageId, to))
                        refreshPages();
                });
            });
    m_pages->installEventFilter(this);

    m_outline = new OutlineModel(m_doc.get(), &manifest, this);
    m_outlineView = new QTreeView;
    m_outlineView->setModel(m_outline);
    m_outlineView->setAccessibleName(tr("Outline"));
    m_outlineView->setHeaderHidden(true);
    m_outlineView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_outlineView->setDragDropMode(QAbstractItemView::DragDrop);
    m_outlineView->setDefaultDropAction(Qt::MoveAction);
    m_outlineView->setDragEnabled(true);
    m_outlineView->setDropIndicatorShown(true);
    m_outlineView->setUniformRowHeights(true);

    m_inspector = new Inspector(m_doc.get(), &manifest);
    connect(m_inspector, &Inspector::editFailed, this, &EditorWindow::reportError);
    m_inspector->setAssets(assets, [theme = m_theme](const QString &path) {
        auto file = theme->readFile(path);
        return file ? *file : QByteArray();
    });

    m_preview = new PreviewView(m_doc.get(), m_theme, [assets](const QString &name) {
        if (!assets)
            return QByteArray();
        auto data = assets->read(name);
        return data ? *data : QByteArray();
    });
    m_preview->setEditable(true);
    connect(m_preview, &PreviewView::blockClicked, this, &EditorWindow::selectBlock);
    // The canvas: the action bar runs the editor's own actions on the block; drops go through
    // the outline's rules.
    connect(m_preview, &PreviewView::actionRequested, this,
            [this](const QString &action, const QString &blockId) {
                selectBlock(blockId);
                if (selectedBlockIds() != QStringList{blockId})
                    return;
                if (action == QLatin1String("selectParent"))
                    selectParent();
                else if (action == QLatin1String("moveUp"))
                    moveSelectedUp();
                else if (action == QLatin1String("moveDown"))
                    moveSelectedDown();
                else if (action == QLatin1String("duplicate"))
                    duplicateSelected();
                else if (action == QLatin1String("remove"))
                    deleteSelected();
            });
    connect(m_preview, &PreviewView::componentDropped, this,
            [this](const QString &type, const QString &area, int index) {
                auto id = m_outline->insertComponentAt(type, area, index);
                if (!id)
                    return reportError(id.error().toString());
                selectBlock(*id);
            });
    connect(m_preview, &PreviewView::blockMoveRequested, this,
            [this](const QString &blockId, const QString &area, int index) {
                if (const QString error = m_outline->moveBlocksTo({blockId}, area, index);
                    !error.isEmpty())
                    return reportError(error);
                selectBlock(blockId);
            });
    connect(m_preview, &PreviewView::editFailed, this, &EditorWindow::reportError);

    auto *undoView = new QUndoView(m_doc->undoStack());
    undoView->setEmptyLabel(tr("Opened"));
    undoView->setAccessibleName(tr("Undo history"));

    m_palette = new ComponentPalette(manifest);
    connect(m_palette, &ComponentPalette::insertRequested, this, &EditorWindow::insertComponent);

    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(m_pages);
    left->addWidget(m_palette);
    left->addWidget(m_outlineView);
    left->setStretchFactor(1, 2);
    left->setStretchFactor(2, 3);
    left->setSizes({110, 320, 400});
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_inspector);
    right->addWidget(undoView);
    right->setStretchFactor(0, 3);
    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(m_preview);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({280, 760, 380});
    setCentralWidget(split);

    // Actions with the platform's standard keys; they act on the outline's selection.
    QUndoStack *undo = m_doc->undoStack();
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    auto *del = new QAction(tr("&Delete block"), this);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut); // not while typing in the inspector
    connect(del, &QAction::triggered, this, &EditorWindow::deleteSelected);
    m_outlineView->addAction(del);
    // Copy, cut and paste act on blocks while the outline has the focus; in the inspector's
    // fields the same keys edit text.
    auto *copyAction = new QAction(tr("&Copy blocks"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    connect(copyAction, &QAction::triggered, this, &EditorWindow::copySelected);
    auto *cutAction = new QAction(tr("Cu&t blocks"), this);
    cutAction->setShortcut(QKeySequence::Cut);
    connect(cutAction, &QAction::triggered, this, &EditorWindow::cutSelected);
    auto *pasteAction = new QAction(tr("&Paste blocks"), this);
    pasteAction->setShortcut(QKeySequence::Paste);
    connect(pasteAction, &QAction::triggered, this, &EditorWindow::paste);
    for (QAction *a : {copyAction, cutAction, pasteAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_outlineView->addAction(a);
    }
    auto *dup = new QAction(tr("Duplicat&e"), this);
    dup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(dup, &QAction::triggered, this, &EditorWindow::duplicateSelected);
    auto *up = new QAction(tr("M&ove up"), this);
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(up, &QAction::triggered, this, &EditorWindow::moveSelectedUp);
    auto *down = new QAction(tr("Move do&wn"), this);
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(down, &QAction::triggered, this, &EditorWindow::moveSelectedDown);
    auto *parentAction = new QAction(tr("Select p&arent"), this);
    parentAction->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    connect(parentAction, &QAction::triggered, this, &EditorWindow::selectParent);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({undoAction, redoAction});
    edit->addSeparator();
    edit->addActions({cutAction, copyAction, pasteAction});
    edit->addSeparator();
    edit->addActions({dup, del, up, down, parentAction});
    auto *toolbar = addToolBar(tr("Edit"));
    toolbar->setObjectName(QStringLiteral("editToolbar"));
    toolbar->addActions({undoAction, redoAction});
    toolbar->addSeparator();
    toolbar->addActions({parentAction, up, down, dup, del});
    for (QAction *a : {dup, up, down, parentAction})
        addAction(a);

    auto *publishAction = new QAction(tr("&Publish"), this);
    publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    publishAction->setToolTip(
        tr("Check the site, then sync, upload its assets and publish it (Ctrl+Shift+P)"));
    connect(publishAction, &QAction::triggered, this, &EditorWindow::publish);
    toolbar->addSeparator();
    toolbar->addAction(publishAction);
    addAction(publishAction);
    auto *deploymentsAction = new QAction(tr("Publishing && &Hosting…"), this);
    deploymentsAction->setToolTip(tr("Publish history, roll back, hosting and custom domains"));
    connect(deploymentsAction, &QAction::triggered, this, &EditorWindow::showDeployments);
    QMenu *siteMenu = menuBar()->addMenu(tr("&Site"));
    siteMenu->addAction(deploymentsAction);

    auto *revisionsAction = new QAction(tr("Revision H&istory…"), this);
    revisionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    revisionsAction->setToolTip(tr("Browse, compare and restore earlier revisions of the site"));
    connect(revisionsAction, &QAction::triggered, this, &EditorWindow::showRevisions);
    siteMenu->addAction(revisionsAction);
    addAction(revisionsAction);
    auto *automationAction = new QAction(tr("&Automation Rules…"), this);
    automationAction->setToolTip(tr("Scheduled and event rules of this site, with their history"));
    connect(automationAction, &QAction::triggered, this, &EditorWindow::showAutomation);
    siteMenu->addAction(automationAction);

    m_live = new QLabel;
    m_live->setOpenExternalLinks(true);
    m_live->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_live->setAccessibleName(tr("Live site"));
    m_state = new QLabel;
    statusBar()->addPermanentWidget(m_live);
    statusBar()->addPermanentWidget(m_state);
    m_toast = new Toast(this);

    connect(m_pages, &QListWidget::currentRowChanged, this, &EditorWindow::showPage);
    connect(m_outline, &QAbstractItemModel::modelReset, this, [this] {
        // A structural edit rebuilt the outline: keep the same blocks selected (by id).
        const QStringList keep = m_outline->property("selectedIds").toStringList();
        QItemSelection sel;
        for (const QString &id : keep)
            if (QModelIndex i = m_outline->indexOfBlock(id); i.isValid())
                sel.select(i, i);
        m_outlineView->expandAll();
        m_outlineView->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
        if (!sel.isEmpty())
            m_outlineView->selectionModel()->setCurrentIndex(sel.indexes().first(),
                                                             QItemSelectionModel::NoUpdate);
        onSelectionChanged();
    });
    connect(m_outlineView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EditorWindow::onSelectionChanged);
    // Every edit is durable when it is shown (a small journal row, see SiteStore::record); the
    // page snapshot is refreshed once the user pauses, so a reload replays only a few rows.
    m_snapshotTimer = new QTimer(this);
    m_snapshotTimer->setSingleShot(true);
    m_snapshotTimer->setInterval(kSnapshotIdleMs);
    connect(m_snapshotTimer, &QTimer::timeout, this, &EditorWindow::snapshotPages);
    connect(m_doc.get(), &SiteDocument::changed, this, [this] {
        m_lastError.clear();
        m_snapshotTimer->start();
        updateTitle();
    });
    connect(undo, &QUndoStack::indexChanged, this, &EditorWindow::updateTitle);

    auto *addPageAction = new QAction(tr("&Add page…"), this);
    addPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addPageAction->setToolTip(tr("Add a page from a template (Ctrl+Shift+N)"));
    connect(addPageAction, &QAction::triggered, this, [this] { showPageTemplates(); });
    auto *renamePageAction = new QAction(tr("&Rename page"), this);
    connect(renamePageAction, &QAction::triggered, this, [this] {
        if (QListWidgetItem *item = m_pages->currentItem())
            m_pages->editItem(item);
    });
    // Alt+Up/Alt+Down move pages while the pages list has the focus (see eventFilter); elsewhere
    // they move blocks. The menu shows the keys without taking them.
    auto *pageUpAction = new QAction(tr("Move page &up\tAlt+Up"), this);
    connect(pageUpAction, &QAction::triggered, this, [this] { moveCurrentPage(-1); });
    auto *pageDownAction = new QAction(tr("Move page &down\tAlt+Down"), this);
    connect(pageDownAction, &QAction::triggered, this, [this] { moveCurrentPage(+1); });
    auto *deletePageAction = new QAction(tr("Delete page"), this);
    connect(deletePageAction, &QAction::triggered, this, &EditorWindow::deleteCurrentPage);
    QMenu *pagesMenu = menuBar()->addMenu(tr("&Pages"));
    pagesMenu->addActions({addPageAction, renamePageAction});
    pagesMenu->addSeparator();
    pagesMenu->addActions({pageUpAction, pageDownAction});
    pagesMenu->addSeparator();
    pagesMenu->addAction(deletePageAction);
    addAction(addPageAction);
    m_pages->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_pages->addActions(
        {addPageAction, renamePageAction, pageUpAction, pageDownAction, deletePageAction});
    connect(m_doc.get(), &SiteDocument::changed, this, [this](const DocumentChange &change) {
        using K = Operation::Kind;
        if (change.kind == K::AddPage || change.kind == K::RemovePage ||
            change.kind == K::SetPageMeta) {
            if (m_doc->inBatch())
                m_pagesDirty = true; // a move is a remove + add: show its end state only
            else
                refreshPages();
        }
    });
    connect(m_doc.get(), &SiteDocument::batchFinished, this, [this] {
        if (std::exchange(m_pagesDirty, false))
            refreshPages();
    });

    auto *siteSettingsAction = new QAction(tr("Site &Settings…"), this);
    siteSettingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(siteSettingsAction, &QAction::triggered, this, [this] { showSiteSettings(); });
    auto *conflictsAction = new QAction(tr("&Conflicts…"), this);
    connect(conflictsAction, &QAction::triggered, this, [this] { showConflicts(); });
    auto *exportAction = new QAction(tr("&Export Static Site…"), this);
    exportAction->setToolTip(tr("Write the site as static HTML to a folder"));
    connect(exportAction, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the site to"));
        if (!folder.isEmpty())
            exportSite(folder);
    });
    siteMenu->addSeparator();
    siteMenu->addActions({siteSettingsAction, conflictsAction});
    siteMenu->addSeparator();
    siteMenu->addAction(exportAction);
    addAction(siteSettingsAction);

    auto *shortcutsAction = new QAction(tr("&Keyboard shortcuts"), this);
    shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcutsAction, &QAction::triggered, this, &EditorWindow::showShortcuts);
    menuBar()->addMenu(tr("&Help"))->addAction(shortcutsAction);
    addAction(shortcutsAction);

    resize(1440, 860);
    refreshPages(); // selects the first page, which shows it
    updateTitle();
}

EditorWindow::~EditorWindow()
{
    if (m_doc) {
        snapshotPages();
        // Destroying the document clears its undo stack, which signals: nobody here listens
        // any more.
        disconnect(m_doc->undoStack(), nullptr, this, nullptr);
        disconnect(m_doc.get(), nullptr, this, nullptr);
    }
    // The panels and dialogs of this site (publish, revisions, hosting, settings, conflicts) and
    // the inspector and outline hold the document: take them all down before it goes.
    const auto windows = findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *w : windows)
        if (w->isWindow())
            delete w;
    delete centralWidget();
}

void EditorWindow::snapshotPages()
{
    if (m_snapshotTimer)
        m_snapshotTimer->stop();
    // A failure costs nothing but replay time: the journal rows stay and the next load applies
    // them, so it is only logged.
    if (auto r = m_store.snapshotPages(*m_doc); !r)
        qWarning().noquote() << "could not refresh the page snapshots:" << r.error().toString();
}

QString EditorWindow::currentPageId() const
{
    const QListWidgetItem *item = m_pages ? m_pages->currentItem() : nullptr;
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void EditorWindow::refreshPages()
{
    const QString current = currentPageId();
    int currentRow = -1;
    {
        const QSignalBlocker block(m_pages);
        m_pages->clear();
        for (const auto &page : m_doc->pages()) {
            pageItem(*page, m_pages);
            if (page->id == current)
                currentRow = m_pages->count() - 1;
        }
        if (currentRow >= 0)
            m_pages->setCurrentRow(currentRow);
    }
    if (currentRow < 0 && m_pages->count() > 0)
        m_pages->setCurrentRow(0); // the current page went away (deleted, or its add undone)
}

QString EditorWindow::addPage(const QString &title)
{
    const QString name = title.trimmed();
    if (name.isEmpty()) {
        showPageTemplates(); // asks for the template and the name
        return {};
    }
    auto op = m_doc->makeAddPage(m_doc->proposeSlug(name), name, QCborMap());
    if (op) {
        // After the current page.
        op->index = std::min<qsizetype>(m_doc->pageIndex(currentPageId()) + 1,
                                        qsizetype(m_doc->pages().size()));
    }
    auto r = op ? m_doc->perform(*op) : Result<void>(std::unexpected(op.error()));
    if (!r) {
        reportError(tr("Cannot add the page: %1").arg(r.error().toString()));
        return {};
    }
    for (int i = 0; i < m_pages->count(); ++i)
        if (m_pages->item(i)->data(Qt::UserRole).toString() == op->pageId)
            m_pages->setCurrentRow(i);
    return op->pageId;
}

void EditorWindow::deleteCurrentPage()
{
    if (m_doc->pages().size() <= 1)
        return reportError(tr("A site keeps at least one page"));
    auto op = m_doc->makeRemovePage(currentPageId());
    auto r = op ? m_doc->perform(*op) : Result<void>(std::unexpected(op.error()));
    if (!r)
        reportError(tr("Cannot delete the page: %1").arg(r.error().toString()));
}

PageTemplateChooser *EditorWindow::showPageTemplates()
{
    if (!m_doc)
        return nullptr;
    if (!m_templateChooser) {
        m_templateChooser = new PageTemplateChooser(
            m_doc.get(), m_theme->manifest(),
            [this](const QString &id, const QString &title, const QString &slug, QString *problem) {
                return addPageFromTemplate(id, title, slug, problem);
            },
            this);
        m_templateChooser->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_templateChooser->show();
    m_templateChooser->raise();
    m_templateChooser->activateWindow();
    return m_templateChooser;
}

QString EditorWindow::addPageFromTemplate(const QString &templateId, const QString &title,
                                          const QString &slug, QString *problem)
{
    const auto failed = [&](const QString &message) {
        if (problem)
            *problem = message;
        reportError(tr("Cannot add the page: %1").arg(message));
        return QString();
    };
    const PageTemplate *t = pageTemplate(templateId);
    if (!t)
        return failed(tr("there is no page template \"%1\"").arg(templateId));
    const QString name = title.trimmed().isEmpty() ? t->title : title.trimmed();
    const QString address =
        slug.trimmed().isEmpty() ? m_doc->proposeSlug(name) : SiteDocument::normalizeSlug(slug);
    if (const QString p = m_doc->slugProblem(address); !p.isEmpty())
        return failed(p);
    // The brief the site was made with (the wizard's), for the texts of the new blocks.
    SiteBlueprint brief;
    if (auto q = m_store.cache().exec(
            QStringLiteral("SELECT blueprint_json FROM workspaces WHERE id = ?"), {m_doc->id});
        q && q->next() && !q->value(0).isNull())
        if (auto parsed = json::parse(q->value(0).toString().toUtf8()); parsed)
            brief = SiteBlueprint::fromJson(parsed->toMap());
    auto data = buildTemplatePage(*t, name, *m_doc, m_theme->manifest(), brief);
    if (!data)
        return failed(data.error().toString());
    auto op = m_doc->makeAddPage(address, name, *data);
    if (!op)
        return failed(op.error().toString());
    op->index = std::min<qsizetype>(m_doc->pageIndex(currentPageId()) + 1,
                                    qsizetype(m_doc->pages().size()));
    if (auto r = m_doc->perform(*op); !r)
        return failed(r.error().toString());
    showBlock(op->pageId, QString());
    statusBar()->showMessage(tr("Added the page %1 (%2)").arg(name, address), 5000);
    return op->pageId;
}

bool EditorWindow::movePageTo(const QString &pageIdIn, int index)
{
    const QString pageId = pageIdIn; // the caller's may be the moved Page's own id member
    if (!m_doc || !m_doc->page(pageId))
        return false;
    if (index == m_doc->pageIndex(pageId))
        return true;
    if (auto r = m_doc->movePage(pageId, index); !r) {
        reportError(tr("Cannot move the page: %1").arg(r.error().toString()));
        return false;
    }
    showBlock(pageId, QString()); // stays the current page (usually it already is)
    return true;
}

bool EditorWindow::moveCurrentPage(int delta)
{
    const QString pageId = currentPageId();
    const qsizetype at = m_doc ? m_doc->pageIndex(pageId) : -1;
    if (at < 0 || at + delta < 0 || at + delta >= qsizetype(m_doc->pages().size()))
        return false;
    return movePageTo(pageId, int(at + delta));
}

bool EditorWindow::renamePage(const QString &pageId, const QString &title)
{
    const Page *page = m_doc ? m_doc->page(pageId) : nullptr;
    if (!page || title.trimmed() == page->title)
        return false;
    if (title.trimmed().isEmpty()) {
        reportError(tr("A page needs a name"));
        refreshPages();
        return false;
    }
    auto op = m_doc->makeSetPageMeta(pageId, QCborMap{{QStringLiteral("title"), title.trimmed()}});
    auto r = op ? m_doc->perform(*op) : Result<void>(std::unexpected(op.error()));
    if (!r) {
        reportError(tr("Cannot rename the page: %1").arg(r.error().toString()));
        return false;
    }
    return true;
}

bool EditorWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pages &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool up = key->key() == Qt::Key_Up, down = key->key() == Qt::Key_Down;
        if ((up || down) && key->modifiers() == Qt::AltModifier) {
            // Taken here so the window's Alt+Up/Alt+Down (move block) does not fire.
            event->accept();
            if (event->type() == QEvent::KeyPress)
                moveCurrentPage(up ? -1 : +1);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

bool EditorWindow::reloadFromServer()
{
    if (!m_doc)
        return false;
    // Unsynced edits stay: the next push rebases them on the server's version, and the sync
    // after it settles the working copy.
    auto pending =
        m_store.cache().exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity_id = ?"),
                             {m_doc->customizationId});
    if (!pending || !pending->next() || pending->value(0).toInt() > 0)
        return false;
    // Every version the server sends moves the base revision: unchanged, nothing came in.
    qint64 revision = -1;
    if (auto q = m_store.cache().exec(
            QStringLiteral("SELECT base_revision FROM customizations WHERE id = ?"),
            {m_doc->customizationId});
        q && q->next() && !q->value(0).isNull())
        revision = q->value(0).toLongLong();
    if (revision == m_seenRevision)
        return false;
    m_seenRevision = revision;
    auto fresh = m_store.loadSite(m_doc->id);
    if (!fresh) {
        qWarning().noquote() << "could not read the synced site:" << fresh.error().toString();
        return false;
    }
    if ((*fresh)->toJson() == m_doc->toJson())
        return false;
    const QString pageId = currentPageId();
    const QStringList selected = selectedBlockIds();
    auto changes = m_doc->adopt(**fresh);
    if (!changes) {
        reportError(tr("Cannot show the server's changes: %1").arg(changes.error().toString()));
        return false;
    }
    // The undo history describes the version before: it would undo the server's edits.
    m_doc->undoStack()->clear();
    if (m_doc->page(pageId)) {
        showBlock(pageId, QString());
        for (const QString &id : selected)
            if (m_doc->page(pageId)->block(id)) {
                const QModelIndex i = m_outline->indexOfBlock(id);
                m_outlineView->selectionModel()->select(i, QItemSelectionModel::Select);
                m_outlineView->selectionModel()->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
            }
    }
    statusBar()->showMessage(tr("Updated from the server (revision %1)").arg(revision), 10000);
    updateTitle();
    return true;
}

void EditorWindow::showPage(int row)
{
    const QListWidgetItem *item = m_pages->item(row);
    const QString pageId = item ? item->data(Qt::UserRole).toString() : QString();
    m_outline->setProperty("selectedIds", QStringList());
    m_outline->setPage(pageId);
    m_inspector->showBlock(pageId, QString());
    m_preview->setPage(pageId);
}

QStringList EditorWindow::selectedBlockIds() const
{
    QModelIndexList rows = m_outlineView->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [this](QModelIndex a, QModelIndex b) {
        const auto path = [this](QModelIndex i) {
            QList<int> p;
            for (; i.isValid(); i = m_outline->parent(i))
                p.prepend(i.row());
            return p;
        };
        return path(a) < path(b);
    });
    QStringList ids;
    for (const QModelIndex &i : rows)
        if (const QString id = i.data(OutlineModel::BlockIdRole).toString(); !id.isEmpty())
            ids << id;
    return ids;
}

void EditorWindow::selectBlock(const QString &blockId)
{
    const QModelIndex i = m_outline->indexOfBlock(blockId);
    if (!i.isValid())
        return;
    m_outlineView->scrollTo(i);
    m_outlineView->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect);
}

void EditorWindow::onSelectionChanged()
{
    const QStringList ids = selectedBlockIds();
    m_outline->setProperty("selectedIds", ids);
    const QString shown = ids.size() == 1 ? ids.first() : QString();
    m_preview->setSelectedBlock(shown);
    if (m_inspector->blockId() != (shown.isEmpty() ? QStringLiteral("root") : shown))
        m_inspector->showBlock(currentPageId(), shown);
}

void EditorWindow::deleteSelected()
{
    const QStringList ids = selectedBlockIds();
    if (ids.isEmpty())
        return;
    QUndoStack *undo = m_doc->undoStack();
    undo->beginMacro(tr("Delete %n block(s)", nullptr, int(ids.size())));
    QString error;
    int done = 0;
    for (const QString &id : ids) {
        if (!m_doc->page(currentPageId())->block(id))
            continue; // inside a block deleted before it
        auto op = m_doc->makeRemove(currentPageId(), id);
        auto r = op ? m_doc->perform(*op) : Result<void>(std::unexpected(op.error()));
        if (!r) {
            error = r.error().toString();
            break;
        }
        ++done;
    }
    undo->endMacro();
    if (!error.isEmpty()) {
        if (done > 0)
            undo->undo();
        reportError(error);
    }
}

void EditorWindow::duplicateSelected()
{
    const QStringList ids = selectedBlockIds();
    if (ids.size() != 1)
        return;
    auto op = m_doc->makeDuplicate(currentPageId(), ids.first());
    auto r = op ? m_doc->perform(*op) : Result<void>(std::unexpected(op.error()));
    if (!r)
        return reportError(r.error().toString());
    selectBlock(op->blockId); // the copy
}

void EditorWindow::moveSelected(int delta)
{
    const QStringList ids = selectedBlockIds();
    if (ids.size() != 1)
        return;
    const Block *b = m_doc->page(currentPageId())->block(ids.first());
    const qsizetype to = b->parent->indexOf(b) + delta;
    if (to < 0 || to >= qsizetype(b->parent->children.size()))
        return;
    auto area = AreaRef::fromCompound(b->parent->compound(), b->parent->kind == AreaKind::Zone);
    auto op = area ? m_doc->makeMove(currentPageId(), ids.first(), *area, to)
                   : Result<Operation>(std::unexpected(area.error()));
    auto r = op ? m_doc->perform(*op) : Result<void>(std::unexpected(op.error()));
    if (!r)
        reportError(r.error().toString());
}

void EditorWindow::selectParent()
{
    const QStringList ids = selectedBlockIds();
    if (ids.size() != 1)
        return;
    const Block *b = m_doc->page(currentPageId())->block(ids.first());
    if (b && b->parent && b->parent->owner)
        selectBlock(b->parent->owner->id);
}

void EditorWindow::copySelected()
{
    const QStringList ids = selectedBlockIds();
    if (ids.isEmpty())
        return;
    const QCborMap data = clipboard::copy(*m_doc->page(currentPageId()), ids);
    auto *mime = new QMimeData;
    const QByteArray json = json::write(data, json::Style::Indented);
    mime->setData(QString::fromLatin1(clipboard::MimeType), json);
    mime->setText(QString::fromUtf8(json)); // Puck Data: pastes into Puck's JSON import as well
    QGuiApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Copied %n block(s)", nullptr, int(ids.size())), 3000);
}

void EditorWindow::cutSelected()
{
    copySelected();
    deleteSelected();
}

void EditorWindow::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return;
    const QByteArray text = mime->hasFormat(QString::fromLatin1(clipboard::MimeType))
                                ? mime->data(QString::fromLatin1(clipboard::MimeType))
                                : mime->text().toUtf8();
    auto parsed = json::parse(text);
    auto payloads = parsed ? clipboard::parse(*parsed)
                           : Result<QList<QCborMap>>(std::unexpected(parsed.error()));
    if (!payloads)
        return reportError(
            tr("The clipboard holds no blocks: %1").arg(payloads.error().toString()));
    // After the selected block, in its area; else at the end of the page.
    const QString pageId = currentPageId();
    const Page *page = m_doc->page(pageId);
    AreaRef area;
    qsizetype index = page->content ? qsizetype(page->content->children.size()) : 0;
    const QStringList ids = selectedBlockIds();
    if (!ids.isEmpty()) {
        const Block *b = page->block(ids.last());
        if (auto ref =
                AreaRef::fromCompound(b->parent->compound(), b->parent->kind == AreaKind::Zone)) {
            area = *ref;
            index = b->parent->indexOf(b) + 1;
        }
    }
    QUndoStack *undo = m_doc->undoStack();
    undo->beginMacro(tr("Paste %n block(s)", nullptr, int(payloads->size())));
    QStringList pasted;
    QString error;
    for (const QCborMap &payload : *payloads) {
        auto op = m_doc->makePaste(pageId, area, index + pasted.size(), payload);
        auto r = op ? m_doc->perform(*op) : Result<void>(std::unexpected(op.error()));
        if (!r) {
            error = r.error().toString();
            break;
        }
        pasted << op->blockId;
    }
    undo->endMacro();
    if (!error.isEmpty()) {
        if (!pasted.isEmpty())
            undo->undo(); // all or nothing
        return reportError(tr("Cannot paste: %1").arg(error));
    }
    QItemSelection sel;
    for (const QString &id : pasted)
        if (QModelIndex i = m_outline->indexOfBlock(id); i.isValid())
            sel.select(i, i);
    m_outlineView->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
}

void EditorWindow::insertComponent(const QString &type)
{
    QModelIndex parent;
    int row = -1;
    const QStringList ids = selectedBlockIds();
    if (!ids.isEmpty()) {
        const QModelIndex last = m_outline->indexOfBlock(ids.last());
        parent = last.parent();
        row = last.row() + 1; // a block row's row is its index in its area
    }
    auto id = m_outline->insertComponent(type, parent, row);
    if (!id)
        return reportError(tr("Cannot insert %1: %2").arg(type, id.error().toString()));
    selectBlock(*id);
}

ui::SiteSettingsDialog *EditorWindow::showSiteSettings()
{
    if (!m_doc)
        return nullptr;
    if (!m_siteSettings) {
        m_siteSettings = new SiteSettingsDialog(m_doc.get(), m_theme->manifest(), this);
        m_siteSettings->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_siteSettings->show();
    m_siteSettings->raise();
    m_siteSettings->activateWindow();
    return m_siteSettings;
}

ui::ConflictsDialog *EditorWindow::showConflicts()
{
    if (!m_doc)
        return nullptr;
    if (!m_conflicts) {
        m_conflicts = new ConflictsDialog(m_store, m_doc.get(), m_theme, this);
        m_conflicts->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_conflicts->reload();
    }
    m_conflicts->show();
    m_conflicts->raise();
    m_conflicts->activateWindow();
    return m_conflicts;
}

QList<QPair<QString, QString>> EditorWindow::shortcuts() const
{
    QList<QPair<QString, QString>> rows;
    QSet<QString> seen;
    for (const QAction *a : findChildren<QAction *>()) {
        if (a->shortcut().isEmpty())
            continue;
        QString name = a->text();
        name.remove(QLatin1Char('&'));
        name.remove(QChar(0x2026));
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        if (seen.contains(name + keys))
            continue;
        seen.insert(name + keys);
        rows.append({name, keys});
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void EditorWindow::showShortcuts()
{
    std::unique_ptr<QDialog> dialog(makeShortcutsDialog());
    dialog->exec();
}

QDialog *EditorWindow::makeShortcutsDialog()
{
    auto *d = new QDialog(this);
    QDialog &dialog = *d;
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(0, 2, &dialog);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (const auto &[name, keys] : shortcuts()) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(name));
        table->setItem(row, 1, new QTableWidgetItem(keys));
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Block shortcuts work while the outline has the focus; in a "
                                    "text field the same keys edit text.")));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(460, 480);
    return d;
}

void EditorWindow::setSyncService(sync::SyncService *service)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = service;
    if (m_publishDialog)
        m_publishDialog->setSyncService(service);
    if (!m_sync)
        return;
    connect(m_sync, &sync::SyncService::started, this, [this] {
        m_syncState = SyncState::Syncing;
        updateTitle();
    });
    connect(m_sync, &sync::SyncService::finished, this,
            [this](const QString &, const sync::SyncReport &report, const QString &error) {
                m_syncState =
                    error.isEmpty() && report.complete ? SyncState::Online : SyncState::Offline;
                updateTitle();
                reloadFromServer(); // the sync may have pulled a newer version of this site
                if (m_conflicts)
                    m_conflicts->reload(); // a sync may have recorded new conflicts
            });
}

QString EditorWindow::liveUrl() const
{
    return m_store.liveUrl(m_doc->id);
}

AutomationWindow *EditorWindow::showAutomation()
{
    if (!m_doc)
        return nullptr;
    auto *window = findChild<AutomationWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!window) {
        window = new AutomationWindow(m_store.cache(), m_doc->id, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

DeploymentsPanel *EditorWindow::showDeployments()
{
    if (!m_doc)
        return nullptr;
    if (!m_deployments) {
        m_deployments = new DeploymentsPanel(m_store, m_doc->id, this);
        m_deployments->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_deployments->show();
    m_deployments->raise();
    m_deployments->activateWindow();
    return m_deployments;
}

RevisionsPanel *EditorWindow::showRevisions()
{
    if (!m_doc)
        return nullptr;
    auto *panel = findChild<RevisionsPanel *>(QString(), Qt::FindDirectChildrenOnly);
    if (!panel) {
        panel = new RevisionsPanel(m_doc.get(), m_theme, m_store.cache(), this);
        panel->setAttribute(Qt::WA_DeleteOnClose);
    }
    panel->setPreferredPage(currentPageId());
    panel->show();
    panel->raise();
    panel->activateWindow();
    return panel;
}

bool EditorWindow::publish()
{
    PublishDialog *dialog = openPublishDialog();
    if (dialog->isPublishing())
        return false;
    return dialog->startPublish();
}

QString EditorWindow::exportSite(const QString &folder)
{
    Renderer renderer(m_theme);
    AssetStore *assets = m_assets;
    auto r =
        renderer.exportSite(*m_doc, folder, [assets](const QString &name) -> Result<QByteArray> {
            if (!assets)
                return fail(QStringLiteral("no asset store"), name);
            return assets->read(name);
        });
    if (!r) {
        const QString message = tr("Not exported: %1").arg(r.error().toString());
        statusBar()->showMessage(message, 10000);
        return message;
    }
    const QString done =
        tr("Exported %n page(s) to %1", nullptr, r->pages).arg(QDir::toNativeSeparators(folder));
    statusBar()->showMessage(done, 10000);
    m_toast->showMessage(done);
    return {};
}

PublishDialog *EditorWindow::publishDialog() const
{
    return m_publishDialog;
}

PublishDialog *EditorWindow::openPublishDialog()
{
    if (!m_publishDialog) {
        m_publishDialog = new PublishDialog(
            m_store, m_doc.get(), m_theme->manifest(), [this] { return liveUrl(); }, this);
        m_publishDialog->setSyncService(m_sync);
        connect(m_publishDialog, &PublishDialog::goToRequested, this,
                [this](const QString &pageId, const QString &blockId, const QString &propPath) {
                    showBlock(pageId, blockId);
                    activateWindow();
                    // The field in the inspector: "buttons[1].href" -> the "buttons" editor.
                    const QString field =
                        propPath.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
                    if (QWidget *editor = m_inspector->editorFor(field))
                        editor->setFocus(Qt::OtherFocusReason);
                });
        connect(m_publishDialog, &PublishDialog::published, this, [this](const QString &url) {
            m_live->setText(tr("Live at <a href=\"%1\">%1</a>").arg(url.toHtmlEscaped()));
            statusBar()->showMessage(tr("Published: %1").arg(url), 10000);
            m_toast->showMessage(tr("\u2713  Published \u2014 live at %1").arg(QUrl(url).host()));
            emit published(url);
        });
        connect(m_publishDialog, &PublishDialog::publishFailed, this,
                [this](const QString &message) {
                    statusBar()->showMessage(tr("Not published: %1").arg(message), 10000);
                    emit publishFailed(message);
                });
    }
    if (!m_publishDialog->isPublishing())
        m_publishDialog->runCheck(true);
    m_publishDialog->show();
    m_publishDialog->raise();
    return m_publishDialog;
}

void EditorWindow::showBlock(const QString &pageId, const QString &blockId)
{
    for (int row = 0; row < m_pages->count(); ++row)
        if (m_pages->item(row)->data(Qt::UserRole).toString() == pageId)
            m_pages->setCurrentRow(row);
    if (currentPageId() != pageId)
        return;
    if (blockId.isEmpty())
        m_outlineView->selectionModel()->clearSelection();
    else
        selectBlock(blockId);
}

void EditorWindow::reportError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    updateTitle();
}

void EditorWindow::updateTitle()
{
    if (!m_doc)
        return;
    // Saved is about the local cache (every edit is durable when shown); the rest is about the
    // server: syncing now, offline (the last sync could not reach it), or how many edits wait.
    int waiting = 0;
    if (auto q = m_store.cache().exec(
            QStringLiteral("SELECT COUNT(*) FROM outbox WHERE (entity_type = 'customization' AND "
                           "entity_id = ?) OR (entity_type = 'workspace' AND entity_id = ?)"),
            {m_doc->customizationId, m_doc->id});
        q && q->next())
        waiting = q->value(0).toInt();
    QString state;
    if (!m_lastError.isEmpty())
        state = tr("Last edit not saved");
    else if (m_syncState == SyncState::Syncing)
        state = tr("Saved · syncing…");
    else if (m_syncState == SyncState::Offline)
        state = waiting > 0 ? tr("Saved · offline, %n edit(s) waiting", nullptr, waiting)
                            : tr("Saved · offline");
    else if (waiting > 0)
        state = tr("Saved · %n edit(s) not synced yet", nullptr, waiting);
    else
        state = m_syncState == SyncState::Online ? tr("Saved · synced") : tr("Saved");
    setWindowTitle(tr("%1 \u2014 %2 \u2014 Site Studio").arg(m_doc->name, state));
    m_state->setText(m_lastError.isEmpty() ? state : tr("Last edit failed: %1").arg(m_lastError));
    setAccessibleDescription(state);
}

} // namespace ss::ui
