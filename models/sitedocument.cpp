#include "sitedocument.h"

#include "documentcommand.h"
#include "json.h"
#include "logging.h"
#include "puckcodec.h"
#include "thememanifest.h"
#include "urlpolicy.h"

#include <QCborArray>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QUndoStack>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <thread>

namespace ss {

namespace {

const QString kId = QStringLiteral("id");
const QString kProps = QStringLiteral("props");
const QString kType = QStringLiteral("type");

bool isItemMap(const QCborMap &m)
{
    return m.value(kType).isString() && m.value(kProps).isMap();
}

// Gives every item-shaped map inside `v` a fresh id, recording old -> new.
void reId(QCborValue &v, QHash<QString, QString> &ids, int depth = 0)
{
    if (depth > 200)
        return;
    if (v.isMap()) {
        QCborMap m = v.toMap();
        v = QCborValue();
        if (isItemMap(m)) {
            QCborMap props = m.value(kProps).toMap();
            m.insert(kProps, QCborValue());
            const QString oldId = props.value(kId).toString();
            const QString newId = SiteDocument::newBlockId(m.value(kType).toString());
            if (!oldId.isEmpty())
                ids.insert(oldId, newId);
            props.insert(kId, newId);
            for (auto it = props.begin(); it != props.end(); ++it) {
                if (it.key().toString() == kId)
                    continue;
                QCborValue child = it.value();
                reId(child, ids, depth + 1);
                it.value() = child;
            }
            m.insert(kProps, props);
        } else {
            for (auto it = m.begin(); it != m.end(); ++it) {
                QCborValue child = it.value();
                reId(child, ids, depth + 1);
                it.value() = child;
            }
        }
        v = std::move(m);
    } else if (v.isArray()) {
        QCborArray a = v.toArray();
        v = QCborValue();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCborValue child = a.at(i);
            reId(child, ids, depth + 1);
            a[i] = child;
        }
        v = std::move(a);
    }
}

// Fresh ids for a subtree payload (puck::exportSubtree's format): the item, its slot content and
// its zones, whose owners follow their blocks' new ids. `ids` maps old ids to new ones.
void reIdPayload(QCborMap &payload, int firstOrdinal, QHash<QString, QString> &ids)
{
    QCborValue item = payload.value(QStringLiteral("item"));
    reId(item, ids);
    payload.insert(QStringLiteral("item"), item);
    if (!payload.contains(QStringLiteral("zones")))
        return;
    QCborArray zones = payload.value(QStringLiteral("zones")).toArray();
    // Zone items are re-ided first, so owners inside zones have their new ids too.
    for (qsizetype i = 0; i < zones.size(); ++i) {
        QCborMap z = zones.at(i).toMap();
        QCborValue items = z.value(QStringLiteral("items"));
        reId(items, ids);
        z.insert(QStringLiteral("items"), items);
        zones[i] = z;
    }
    for (qsizetype i = 0; i < zones.size(); ++i) {
        QCborMap z = zones.at(i).toMap();
        z.insert(QStringLiteral("owner"), ids.value(z.value(QStringLiteral("owner")).toString()));
        z.insert(QStringLiteral("ordinal"), firstOrdinal + i);
        zones[i] = z;
    }
    payload.insert(QStringLiteral("zones"), zones);
}

AreaRef refOf(const Area &a)
{
    AreaRef r;
    r.owner = a.ownerId();
    r.name = a.name;
    r.zone = a.kind == AreaKind::Zone;
    return r;
}

QString pagePath(const Page &p)
{
    return QStringLiteral("pages[\"%1\"]").arg(p.slug);
}

} // namespace

SiteDocument::SiteDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    qRegisterMetaType<ss::DocumentChange>();
}

SiteDocument::~SiteDocument() = default;

QString SiteDocument::newBlockId(const QString &type)
{
    return type + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString SiteDocument::normalizeSlug(const QString &slug)
{
    QString s = slug.trimmed();
    if (!s.startsWith(QLatin1Char('/')))
        s.prepend(QLatin1Char('/'));
    while (s.size() > 1 && s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

Page *SiteDocument::page(const QString &pageId) const
{
    return m_pagesById.value(pageId);
}

Page *SiteDocument::pageBySlug(const QString &slug) const
{
    if (Page *p = m_pagesBySlug.value(slug))
        return p;
    return m_pagesBySlug.value(normalizeSlug(slug));
}

void SiteDocument::reindexPages()
{
    m_pagesById.clear();
    m_pagesBySlug.clear();
    m_pagesById.reserve(qsizetype(m_pages.size()));
    m_pagesBySlug.reserve(qsizetype(m_pages.size()));
    for (const auto &p : m_pages) {
        m_pagesById.insert(p->id, p.get());
        m_pagesBySlug.insert(p->slug, p.get());
    }
}

qsizetype SiteDocument::pageIndex(const QString &pageId) const
{
    for (size_t i = 0; i < m_pages.size(); ++i)
        if (m_pages[i]->id == pageId)
            return qsizetype(i);
    return -1;
}

// ---- file format -------------------------------------------------------------------------

static const QRegularExpression &slugPattern()
{
    // "/", "/about", "/blog/first-post": lowercase segments of a-z, 0-9, '-', '_' and '.'.
    static const QRegularExpression re(
        QStringLiteral("^/([a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*)?$"));
    return re;
}

// The URL-valued page keys: the canonical URL is absolute http(s); the social image a site asset
// ("assets/<sha256>.<ext>") or an http(s) URL.
static Result<void> checkPageUrls(const QCborMap &meta)
{
    const QString canonical = meta.value(QStringLiteral("canonical")).toString();
    if (!canonical.isEmpty()) {
        const QUrl url(canonical, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return fail(QStringLiteral("the canonical URL must be a full http(s) address, like "
                                       "https://example.com/about"));
    }
    const QString image = meta.value(QStringLiteral("ogImage")).toString();
    if (!image.isEmpty() && urlpolicy::image(image, QString()).isEmpty())
        return fail(QStringLiteral("the social image must be a site image or an http(s) "
                                   "address"));
    return {};
}

static const QStringList &knownPageKeys()
{
    static const QStringList keys = {
        QStringLiteral("id"),          QStringLiteral("slug"),    QStringLiteral("title"),
        QStringLiteral("description"), QStringLiteral("ogTitle"), QStringLiteral("ogImage"),
        QStringLiteral("canonical"),   QStringLiteral("noindex"), QStringLiteral("data")};
    return keys;
}

Result<std::unique_ptr<Page>> SiteDocument::pageFromJson(const QCborValue &json,
                                                         const QString &where)
{
    if (!json.isMap())
        return fail(QStringLiteral("expected a page object"), where);
    const QCborMap m = json.toMap();
    auto data = puck::importData(m.value(QStringLiteral("data")));
    if (!data)
        return fail(data.error().message, where + QStringLiteral(".data.") + data.error().where);
    std::unique_ptr<Page> page = std::move(*data);
    page->id = m.value(kId).toString();
    if (page->id.isEmpty())
        return fail(QStringLiteral("missing page id"), where + QStringLiteral(".id"));
    page->slug = normalizeSlug(m.value(QStringLiteral("slug")).toString());
    if (!slugPattern().match(page->slug).hasMatch())
        return fail(QStringLiteral("invalid slug \"%1\" (use lowercase letters, digits and '-')")
                        .arg(page->slug),
                    where + QStringLiteral(".slug"));
    page->title = m.value(QStringLiteral("title")).toString();
    page->description = m.value(QStringLiteral("description")).toString();
    page->ogTitle = m.value(QStringLiteral("ogTitle")).toString();
    page->ogImage = m.value(QStringLiteral("ogImage")).toString();
    page->canonical = m.value(QStringLiteral("canonical")).toString();
    page->noindex = m.value(QStringLiteral("noindex")).toBool();
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        if (!knownPageKeys().contains(it.key().toString()))
            page->extra.insert(it.key(), it.value());
    return page;
}

QCborMap SiteDocument::pageToJson(const Page &page)
{
    QCborMap m;
    m.insert(kId, page.id);
    m.insert(QStringLiteral("slug"), page.slug);
    m.insert(QStringLiteral("title"), page.title);
    m.insert(QStringLiteral("description"), page.description);
    // The search and sharing keys only when set: older documents stay byte for byte the same.
    if (!page.ogTitle.isEmpty())
        m.insert(QStringLiteral("ogTitle"), page.ogTitle);
    if (!page.ogImage.isEmpty())
        m.insert(QStringLiteral("ogImage"), page.ogImage);
    if (!page.canonical.isEmpty())
        m.insert(QStringLiteral("canonical"), page.canonical);
    if (page.noindex)
        m.insert(QStringLiteral("noindex"), true);
    for (auto it = page.extra.cbegin(); it != page.extra.cend(); ++it)
        m.insert(it.key(), it.value());
    m.insert(QStringLiteral("data"), puck::exportData(page));
    return m;
}

QCborMap SiteDocument::pageMeta(const Page &page)
{
    return QCborMap{{QStringLiteral("slug"), page.slug},
                    {QStringLiteral("title"), page.title},
                    {QStringLiteral("description"), page.description},
                    {QStringLiteral("ogTitle"), page.ogTitle},
                    {QStringLiteral("ogImage"), page.ogImage},
                    {QStringLiteral("canonical"), page.canonical},
                    {QStringLiteral("noindex"), page.noindex}};
}

Result<std::unique_ptr<SiteDocument>> SiteDocument::fromJson(const QCborValue &json)
{
    if (!json.isMap())
        return fail(QStringLiteral("expected a site object"));
    const QCborMap m = json.toMap();
    if (m.value(QStringLiteral("format")).toString() != QLatin1String("sitestudio.site"))
        return fail(
            QStringLiteral("not a Site Studio site document (format is not \"sitestudio.site\")"),
            QStringLiteral("format"));
    auto doc = std::make_unique<SiteDocument>();
    doc->id = m.value(kId).toString();
    doc->name = m.value(QStringLiteral("name")).toString();
    const QCborMap theme = m.value(QStringLiteral("theme")).toMap();
    doc->themeId = theme.value(kId).toString();
    doc->themeVersion = theme.value(QStringLiteral("version")).toString();
    const QCborValue props = m.value(kProps);
    if (!props.isUndefined() && !props.isMap())
        return fail(QStringLiteral("expected an object"), kProps);
    doc->siteProps = props.toMap();
    const QCborValue pages = m.value(QStringLiteral("pages"));
    if (!pages.isUndefined() && !pages.isArray())
        return fail(QStringLiteral("expected an array"), QStringLiteral("pages"));
    const QCborArray pa = pages.toArray();
    // Pages are independent: build them on all cores (a 5,000-page site loads in parallel).
    std::vector<Result<std::unique_ptr<Page>>> built;
    built.reserve(size_t(pa.size()));
    for (qsizetype i = 0; i < pa.size(); ++i)
        built.emplace_back(std::unexpected(Error{}));
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        for (qsizetype i; (i = next.fetch_add(1)) < pa.size();)
            built[size_t(i)] = pageFromJson(pa.at(i), QStringLiteral("pages[%1]").arg(i));
    };
    std::vector<std::thread> pool;
    const int threads = pa.size() > 64 ? std::max(1, int(std::thread::hardware_concurrency())) : 1;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (auto &t : pool)
        t.join();
    QSet<QString> ids, slugs;
    for (qsizetype i = 0; i < pa.size(); ++i) {
        auto &page = built[size_t(i)];
        if (!page)
            return std::unexpected(page.error());
        if (ids.contains((*page)->id) || slugs.contains((*page)->slug))
            return fail(QStringLiteral("duplicate page id or slug"),
                        QStringLiteral("pages[%1]").arg(i));
        ids.insert((*page)->id);
        slugs.insert((*page)->slug);
        doc->m_pages.push_back(std::move(*page));
    }
    doc->reindexPages();
    static const QStringList known = {QStringLiteral("format"), QStringLiteral("version"), kId,
                                      QStringLiteral("name"),   QStringLiteral("theme"),   kProps,
                                      QStringLiteral("pages")};
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        if (!known.contains(it.key().toString()))
            doc->extra.insert(it.key(), it.value());
    return doc;
}

QCborMap SiteDocument::toJson() const
{
    QCborMap m;
    m.insert(QStringLiteral("format"), QStringLiteral("sitestudio.site"));
    m.insert(QStringLiteral("version"), 1);
    m.insert(kId, id);
    m.insert(QStringLiteral("name"), name);
    QCborMap theme;
    theme.insert(kId, themeId);
    theme.insert(QStringLiteral("version"), themeVersion);
    m.insert(QStringLiteral("theme"), theme);
    m.insert(kProps, siteProps);
    QCborArray pages;
    for (const auto &p : m_pages)
        pages.append(pageToJson(*p));
    m.insert(QStringLiteral("pages"), pages);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        m.insert(it.key(), it.value());
    return m;
}

// ---- applying operations -----------------------------------------------------------------

Result<Page *> SiteDocument::requirePage(const QString &pageId) const
{
    Page *p = page(pageId);
    if (!p)
        return fail(QStringLiteral("no page with id \"%1\"").arg(pageId));
    return p;
}

Result<Area *> SiteDocument::resolveArea(Page &page, const AreaRef &ref, bool create)
{
    if (Area *a = page.findArea(ref.owner, ref.name))
        return a;
    const QString where = pagePath(page) + QStringLiteral(" area \"%1\"").arg(ref.compound());
    if (!create)
        return fail(QStringLiteral("no such area"), where);
    Block *owner = ref.owner == QLatin1String("root") ? nullptr : page.block(ref.owner);
    if (ref.owner != QLatin1String("root") && !owner)
        return fail(QStringLiteral("no block \"%1\" on the page").arg(ref.owner), where);
    auto area = std::make_unique<Area>();
    area->name = ref.name;
    area->owner = owner;
    area->implicit = true;
    if (ref.zone) {
        area->kind = AreaKind::Zone;
        area->zoneOrdinal = page.nextZoneOrdinal++;
    } else {
        auto path = PropertyPath::parse(ref.name);
        if (!path)
            return fail(path.error().message, where);
        const QCborValue current =
            path->get(owner ? QCborValue(owner->props) : QCborValue(page.rootProps));
        if (!current.isUndefined() && !(current.isArray() && current.toArray().isEmpty()))
            return fail(QStringLiteral("prop \"%1\" holds a %2, not a slot")
                            .arg(ref.name, json::typeName(current)),
                        where);
        area->kind = AreaKind::Slot;
        if (!current.isUndefined())
            area->implicit = false; // the key exists ([]): keep writing it
    }
    Area *raw = area.get();
    (owner ? owner->areas : page.rootAreas).push_back(std::move(area));
    return raw;
}

Result<DocumentChange> SiteDocument::applyInsert(const Operation &op)
{
    auto page = requirePage(op.pageId);
    if (!page)
        return std::unexpected(page.error());
    Page &p = **page;
    if (p.findArea(op.area.owner, op.area.name) == nullptr &&
        op.area.owner != QLatin1String("root") && !p.block(op.area.owner))
        return fail(QStringLiteral("no block \"%1\" on the page").arg(op.area.owner), pagePath(p));
    auto block = puck::importSubtree(p, op.subtree, QStringLiteral("subtree"));
    if (!block)
        return std::unexpected(block.error());
    if (Block *owner = p.block(op.area.owner); owner && p.depth(owner) + 1 >= puck::kMaxBlockDepth)
        return fail(QStringLiteral("blocks nested deeper than %1 levels").arg(puck::kMaxBlockDepth),
                    pagePath(p));
    Area *existing = p.findArea(op.area.owner, op.area.name);
    if (existing && op.index > qsizetype(existing->children.size()))
        return fail(QStringLiteral("index %1 is past the end of area \"%2\"")
                        .arg(op.index)
                        .arg(op.area.compound()),
                    pagePath(p));
    if (!existing && op.index != 0)
        return fail(QStringLiteral("index %1 is past the end of empty area \"%2\"")
                        .arg(op.index)
                        .arg(op.area.compound()),
                    pagePath(p));
    auto area = resolveArea(p, op.area, true);
    if (!area)
        return std::unexpected(area.error());
    Block *raw = block->get();
    raw->parent = *area;
    (*area)->children.insert((*area)->children.begin() + op.index, std::move(*block));
    p.indexSubtree(raw);
    for (const auto &a : raw->areas)
        if (a->kind == AreaKind::Zone && a->zoneOrdinal >= p.nextZoneOrdinal)
            p.nextZoneOrdinal = a->zoneOrdinal + 1;
    return DocumentChange{op.kind, op.pageId, raw->id, op.area.compound(), {}};
}

Result<DocumentChange> SiteDocument::applyRemove(const Operation &op)
{
    auto page = requirePage(op.pageId);
    if (!page)
        return std::unexpected(page.error());
    Page &p = **page;
    Area *area = p.findArea(op.area.owner, op.area.name);
    if (!area)
        return fail(QStringLiteral("no area \"%1\"").arg(op.area.compound()), pagePath(p));
    if (op.index >= qsizetype(area->children.size()))
        return fail(
            QStringLiteral("no block at index %1 of \"%2\"").arg(op.index).arg(op.area.compound()),
            pagePath(p));
    Block *b = area->children[size_t(op.index)].get();
    if (!op.blockId.isEmpty() && b->id != op.blockId)
        return fail(QStringLiteral("block at index %1 of \"%2\" is \"%3\", not \"%4\"")
                        .arg(op.index)
                        .arg(op.area.compound(), b->id, op.blockId),
                    pagePath(p));
    const QString id = b->id;
    p.unindexSubtree(b);
    area->children.erase(area->children.begin() + op.index);
    return DocumentChange{op.kind, op.pageId, id, op.area.compound(), {}};
}

Result<DocumentChange> SiteDocument::applyMove(const Operation &op)
{
    auto page = requirePage(op.pageId);
    if (!page)
        return std::unexpected(page.error());
    Page &p = **page;
    Block *b = p.block(op.blockId);
    if (!b)
        return fail(QStringLiteral("no block \"%1\"").arg(op.blockId), pagePath(p));
    Area *from = b->parent;
    if (!(refOf(*from) == op.area) || from->indexOf(b) != op.index)
        return fail(QStringLiteral("block \"%1\" is not at %2[%3]")
                        .arg(op.blockId, op.area.compound())
                        .arg(op.index),
                    pagePath(p));
    // The destination must not be inside the moved block.
    if (Block *owner =
            op.toArea.owner == QLatin1String("root") ? nullptr : p.block(op.toArea.owner)) {
        for (Block *x = owner; x; x = x->parent ? x->parent->owner : nullptr)
            if (x == b)
                return fail(QStringLiteral("cannot move block \"%1\" into itself").arg(op.blockId),
                            pagePath(p));
        if (p.depth(owner) + 1 +
                [&] {
                    int sub = 0;
                    std::function<void(const Block *, int)> walk = [&](const Block *x, int d) {
                        sub = std::max(sub, d);
                        for (const auto &a : x->areas)
                            for (const auto &c : a->children)
                                walk(c.get(), d + 1);
                    };
                    walk(b, 0);
                    return sub;
                }() >=
            puck::kMaxBlockDepth)
            return fail(
                QStringLiteral("blocks nested deeper than %1 levels").arg(puck::kMaxBlockDepth),
                pagePath(p));
    }
    Area *to = p.findArea(op.toArea.owner, op.toArea.name);
    const qsizetype limit = to ? qsizetype(to->children.size()) - (to == from ? 1 : 0) : 0;
    if (op.toIndex > limit)
        return fail(QStringLiteral("index %1 is past the end of \"%2\"")
                        .arg(op.toIndex)
                        .arg(op.toArea.compound()),
                    pagePath(p));
    auto dest = resolveArea(p, op.toArea, true);
    if (!dest)
        return std::unexpected(dest.error());
    std::unique_ptr<Block> owned = std::move(from->children[size_t(op.index)]);
    from->children.erase(from->children.begin() + op.index);
    owned->parent = *dest;
    (*dest)->children.insert((*dest)->children.begin() + op.toIndex, std::move(owned));
    return DocumentChange{op.kind, op.pageId, op.blockId, op.toArea.compound(), {}};
}

Result<DocumentChange> SiteDocument::applySetProp(const Operation &op)
{
    auto page = requirePage(op.pageId);
    if (!page)
        return std::unexpected(page.error());
    Page &p = **page;
    auto path = PropertyPath::parse(op.path);
    if (!path)
        return std::unexpected(path.error());
    const bool isRoot = op.blockId == QLatin1String("root");
    Block *b = isRoot ? nullptr : p.block(op.blockId);
    if (!isRoot && !b)
        return fail(QStringLiteral("no block \"%1\"").arg(op.blockId), pagePath(p));
    if (!isRoot && path->steps().first().key == kId)
        return fail(QStringLiteral("a block's id cannot be changed"), op.path);
    if (isRoot) {
        for (const auto &a : p.rootAreas) {
            if (a->kind != AreaKind::Slot)
                continue;
            auto slot = PropertyPath::parse(a->name);
            if (slot && (path->isWithin(*slot) || slot->isWithin(*path)))
                return fail(
                    QStringLiteral("\"%1\" is a slot: insert, move or remove blocks instead")
                        .arg(op.path),
                    op.path);
        }
    } else if (b->isSlotPath(*path)) {
        return fail(
            QStringLiteral("\"%1\" is a slot: insert, move or remove blocks instead").arg(op.path),
            op.path);
    }
    QCborValue props =
        isRoot ? QCborValue(std::move(p.rootProps)) : QCborValue(std::move(b->props));
    auto r = path->set(props, op.newValue);
    (isRoot ? p.rootProps : b->props) = props.toMap();
    if (!r)
        return fail(r.error().message, QStringLiteral("%1 block \"%2\" prop %3")
                                           .arg(pagePath(p), op.blockId, r.error().where));
    return DocumentChange{op.kind, op.pageId, op.blockId, {}, op.path};
}

Result<DocumentChange> SiteDocument::applyInMemory(const Operation &op)
{
    switch (op.kind) {
    case Operation::Kind::InsertBlock:
    case Operation::Kind::DuplicateBlock:
        return applyInsert(op);
    case Operation::Kind::RemoveBlock:
        return applyRemove(op);
    case Operation::Kind::MoveBlock:
        return applyMove(op);
    case Operation::Kind::SetProp:
        return applySetProp(op);
    case Operation::Kind::ReplaceRoot: {
        auto page = requirePage(op.pageId);
        if (!page)
            return std::unexpected(page.error());
        if (!op.newValue.isMap())
            return fail(QStringLiteral("root props must be an object"));
        QCborValue props = op.newValue;
        for (const auto &a : (*page)->rootAreas) {
            if (a->kind != AreaKind::Slot)
                continue;
            if (auto path = PropertyPath::parse(a->name);
                path && !(a->implicit && a->children.empty()))
                (void)path->set(props, QCborArray());
        }
        (*page)->rootProps = props.toMap();
        return DocumentChange{op.kind, op.pageId, QStringLiteral("root"), {}, {}};
    }
    case Operation::Kind::ReplaceSiteProps:
        if (!op.newValue.isMap())
            return fail(QStringLiteral("site props must be an object"));
        siteProps = op.newValue.toMap();
        return DocumentChange{op.kind, {}, {}, {}, {}};
    case Operation::Kind::AddPage: {
        auto page = pageFromJson(op.subtree, QStringLiteral("page"));
        if (!page)
            return std::unexpected(page.error());
        if (this->page((*page)->id))
            return fail(QStringLiteral("a page with id \"%1\" exists").arg((*page)->id));
        if (pageBySlug((*page)->slug))
            return fail(QStringLiteral("a page with slug \"%1\" exists").arg((*page)->slug));
        if (op.index < 0 || op.index > qsizetype(m_pages.size()))
            return fail(QStringLiteral("page index %1 out of range").arg(op.index));
        const QString pid = (*page)->id;
        m_pagesById.insert((*page)->id, page->get());
        m_pagesBySlug.insert((*page)->slug, page->get());
        m_pages.insert(m_pages.begin() + op.index, std::move(*page));
        return DocumentChange{op.kind, pid, {}, {}, {}};
    }
    case Operation::Kind::RemovePage: {
        const QString pid = op.subtree.value(kId).toString();
        const qsizetype i = pageIndex(pid);
        if (i < 0)
            return fail(QStringLiteral("no page with id \"%1\"").arg(pid));
        m_pagesById.remove(pid);
        m_pagesBySlug.remove(m_pages[size_t(i)]->slug);
        m_pages.erase(m_pages.begin() + i);
        return DocumentChange{op.kind, pid, {}, {}, {}};
    }
    case Operation::Kind::SetPageMeta: {
        auto page = requirePage(op.pageId);
        if (!page)
            return std::unexpected(page.error());
        const QCborMap meta = op.newValue.toMap();
        const QString slug =
            normalizeSlug(meta.value(QStringLiteral("slug")).toString((*page)->slug));
        if (!slugPattern().match(slug).hasMatch())
            return fail(
                QStringLiteral("invalid slug \"%1\" (use lowercase letters, digits and '-')")
                    .arg(slug));
        if (Page *other = pageBySlug(slug); other && other != *page)
            return fail(QStringLiteral("a page with slug \"%1\" exists").arg(slug));
        m_pagesBySlug.remove((*page)->slug);
        (*page)->slug = slug;
        m_pagesBySlug.insert(slug, *page);
        (*page)->title = meta.value(QStringLiteral("title")).toString((*page)->title);
        (*page)->description =
            meta.value(QStringLiteral("description")).toString((*page)->description);
        // Ops recorded before these keys existed lack them: the page keeps its values.
        (*page)->ogTitle = meta.value(QStringLiteral("ogTitle")).toString((*page)->ogTitle);
        (*page)->ogImage = meta.value(QStringLiteral("ogImage")).toString((*page)->ogImage);
        (*page)->canonical = meta.value(QStringLiteral("canonical")).toString((*page)->canonical);
        if (const QCborValue v = meta.value(QStringLiteral("noindex")); v.isBool())
            (*page)->noindex = v.toBool();
        return DocumentChange{op.kind, op.pageId, {}, {}, {}};
    }
    case Operation::Kind::ReplacePageData: {
        auto page = requirePage(op.pageId);
        if (!page)
            return std::unexpected(page.error());
        auto fresh = puck::importData(op.newValue);
        if (!fresh)
            return std::unexpected(fresh.error());
        Page &p = **page;
        Page &n = **fresh;
        p.data = n.data;
        p.rootItem = n.rootItem;
        p.rootProps = n.rootProps;
        p.legacyRoot = n.legacyRoot;
        p.content = std::move(n.content);
        p.rootAreas = std::move(n.rootAreas);
        p.nextZoneOrdinal = n.nextZoneOrdinal;
        p.index = std::move(n.index);
        return DocumentChange{op.kind, op.pageId, {}, {}, {}};
    }
    }
    return fail(QStringLiteral("unknown operation"));
}

Result<void> SiteDocument::apply(const Operation &op)
{
    auto change = applyInMemory(op);
    if (!change)
        return std::unexpected(change.error());
    if (m_journal) {
        // Durable before visible: if the journal cannot record the edit, it did not happen.
        if (auto r = m_journal(op); !r) {
            if (auto back = applyInMemory(op.inverse()); !back)
                qCCritical(lcDocument)
                    << "could not revert an unrecorded edit:" << back.error().toString();
            return r;
        }
    }
    emit changed(*change);
    return {};
}

Result<void> SiteDocument::perform(const Operation &op, int mergeId)
{
    auto r = apply(op);
    if (!r)
        return r;
    m_undo->push(new DocumentCommand(this, op, mergeId, /*alreadyApplied=*/true));
    return {};
}

// ---- builders ----------------------------------------------------------------------------

Result<Operation> SiteDocument::makeInsert(const QString &pageId, const AreaRef &area,
                                           qsizetype index, const QCborMap &item) const
{
    auto page = requirePage(pageId);
    if (!page)
        return std::unexpected(page.error());
    Operation op;
    op.kind = Operation::Kind::InsertBlock;
    op.pageId = pageId;
    op.area = area;
    op.index = index;
    op.subtree.insert(QStringLiteral("item"), item);
    // Validate now so the caller gets the error, not the undo stack.
    auto b = puck::importSubtree(**page, op.subtree, QStringLiteral("item"));
    if (!b)
        return std::unexpected(b.error());
    op.blockId = (*b)->id;
    return op;
}

Result<Operation> SiteDocument::makeInsertNew(const QString &pageId, const AreaRef &area,
                                              qsizetype index, const QString &type,
                                              const ThemeManifest &manifest) const
{
    const ComponentSpec *spec = manifest.component(type);
    if (!spec)
        return fail(QStringLiteral("theme \"%1\" has no component \"%2\"").arg(manifest.id, type));
    QCborMap item;
    item.insert(kType, type);
    QCborMap props = spec->defaultProps;
    props.insert(kId, QString()); // reId below gives it (and default slot content) fresh ids
    item.insert(kProps, props);
    QCborValue v(item);
    QHash<QString, QString> ids;
    reId(v, ids);
    return makeInsert(pageId, area, index, v.toMap());
}

Result<Operation> SiteDocument::makeRemove(const QString &pageId, const QString &blockId) const
{
    auto page = requirePage(pageId);
    if (!page)
        return std::unexpected(page.error());
    const Block *b = (*page)->block(blockId);
    if (!b)
        return fail(QStringLiteral("no block \"%1\" on page %2").arg(blockId, (*page)->slug));
    Operation op;
    op.kind = Operation::Kind::RemoveBlock;
    op.pageId = pageId;
    op.blockId = blockId;
    op.area = refOf(*b->parent);
    op.index = b->parent->indexOf(b);
    op.subtree = puck::exportSubtree(**page, *b);
    return op;
}

Result<Operation> SiteDocument::makeMove(const QString &pageId, const QString &blockId,
                                         const AreaRef &to, qsizetype toIndex) const
{
    auto page = requirePage(pageId);
    if (!page)
        return std::unexpected(page.error());
    const Block *b = (*page)->block(blockId);
    if (!b)
        return fail(QStringLiteral("no block \"%1\" on page %2").arg(blockId, (*page)->slug));
    Operation op;
    op.kind = Operation::Kind::MoveBlock;
    op.pageId = pageId;
    op.blockId = blockId;
    op.area = refOf(*b->parent);
    op.index = b->parent->indexOf(b);
    op.toArea = to;
    if (const Area *dest = (*page)->findArea(to.owner, to.name))
        op.toArea.zone = dest->kind == AreaKind::Zone;
    op.toIndex = toIndex;
    return op;
}

Result<Operation> SiteDocument::makeDuplicate(const QString &pageId, const QString &blockId) const
{
    auto page = requirePage(pageId);
    if (!page)
        return std::unexpected(page.error());
    const Block *b = (*page)->block(blockId);
    if (!b)
        return fail(QStringLiteral("no block \"%1\" on page %2").arg(blockId, (*page)->slug));
    QCborMap payload = puck::exportSubtree(**page, *b);
    QHash<QString, QString> ids;
    reIdPayload(payload, (*page)->nextZoneOrdinal, ids);
    Operation op;
    op.kind = Operation::Kind::DuplicateBlock;
    op.pageId = pageId;
    op.blockId = ids.value(blockId);
    op.area = refOf(*b->parent);
    op.index = b->parent->indexOf(b) + 1;
    op.subtree = payload;
    return op;
}

Result<Operation> SiteDocument::makePaste(const QString &pageId, const AreaRef &area,
                                          qsizetype index, QCborMap payload) const
{
    auto page = requirePage(pageId);
    if (!page)
        return std::unexpected(page.error());
    QHash<QString, QString> ids;
    reIdPayload(payload, (*page)->nextZoneOrdinal, ids);
    Operation op;
    op.kind = Operation::Kind::InsertBlock;
    op.pageId = pageId;
    op.area = area;
    op.index = index;
    op.subtree = payload;
    // Validate now so the caller gets the error, not the undo stack.
    auto b = puck::importSubtree(**page, op.subtree, QStringLiteral("item"));
    if (!b)
        return std::unexpected(b.error());
    op.blockId = (*b)->id;
    return op;
}

Result<Operation> SiteDocument::makeSetProp(const QString &pageId, const QString &blockId,
                                            const QString &path, const QCborValue &value) const
{
    auto page = requirePage(pageId);
    if (!page)
        return std::unexpected(page.error());
    auto parsed = PropertyPath::parse(path);
    if (!parsed)
        return std::unexpected(parsed.error());
    QCborValue current;
    if (blockId == QLatin1String("root")) {
        current = parsed->get((*page)->rootProps);
    } else {
        const Block *b = (*page)->block(blockId);
        if (!b)
            return fail(QStringLiteral("no block \"%1\" on page %2").arg(blockId, (*page)->slug));
        current = parsed->get(b->props);
    }
    Operation op;
    op.kind = Operation::Kind::SetProp;
    op.pageId = pageId;
    op.blockId = blockId;
    op.path = parsed->toString();
    op.oldValue = current;
    op.newValue = value;
    // Setting a.b.c where `a` does not exist creates objects on the way. Record the edit at the
    // first missing key instead (a = {b: {c: value}}), so the inverse removes exactly what was
    // added.
    if (current.isUndefined() && !value.isUndefined()) {
        const QCborMap &props =
            blockId == QLatin1String("root") ? (*page)->rootProps : (*page)->block(blockId)->props;
        const auto &steps = parsed->steps();
        for (qsizetype k = 1; k < steps.size(); ++k) {
            const PropertyPath prefix = PropertyPath::fromSteps(steps.mid(0, k));
            if (!prefix.get(props).isUndefined())
                continue;
            bool keysOnly = true;
            for (qsizetype j = k; j < steps.size(); ++j)
                keysOnly = keysOnly && !steps.at(j).isIndex();
            if (!keysOnly)
                break;
            QCborValue nested = value;
            for (qsizetype j = steps.size() - 1; j >= k; --j) {
                QCborMap m;
                m.insert(steps.at(j).key, nested);
                nested = m;
            }
            op.path = prefix.toString();
            op.newValue = nested;
            break;
        }
    }
    return op;
}

Result<Operation> SiteDocument::makeReplaceRoot(const QString &pageId, const QCborMap &props) const
{
    auto page = requirePage(pageId);
    if (!page)
        return std::unexpected(page.error());
    Operation op;
    op.kind = Operation::Kind::ReplaceRoot;
    op.pageId = pageId;
    op.oldValue = (*page)->rootProps;
    op.newValue = props;
    return op;
}

Result<Operation> SiteDocument::makeReplaceSiteProps(const QCborMap &props) const
{
    Operation op;
    op.kind = Operation::Kind::ReplaceSiteProps;
    op.oldValue = siteProps;
    op.newValue = props;
    return op;
}

Result<Operation> SiteDocument::makeAddPage(const QString &slug, const QString &title,
                                            const QCborMap &puckData) const
{
    QCborMap page;
    page.insert(kId, QUuid::createUuid().toString(QUuid::WithoutBraces));
    page.insert(QStringLiteral("slug"), normalizeSlug(slug));
    page.insert(QStringLiteral("title"), title);
    page.insert(QStringLiteral("description"), QString());
    page.insert(QStringLiteral("data"), puckData);
    auto check = pageFromJson(page, QStringLiteral("page"));
    if (!check)
        return std::unexpected(check.error());
    if (pageBySlug(slug))
        return fail(QStringLiteral("a page with slug \"%1\" exists").arg(normalizeSlug(slug)));
    Operation op;
    op.kind = Operation::Kind::AddPage;
    op.pageId = page.value(kId).toString();
    op.index = qsizetype(m_pages.size());
    op.subtree = page;
    return op;
}

Result<Operation> SiteDocument::makeSetPageMeta(const QString &pageId, const QCborMap &meta) const
{
    auto page = requirePage(pageId);
    if (!page)
        return std::unexpected(page.error());
    const Page &p = **page;
    const QCborMap oldMeta = pageMeta(p);
    QCborMap newMeta = oldMeta;
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        const QString key = it.key().toString();
        const bool isFlag = key == QLatin1String("noindex");
        if (!oldMeta.contains(key) || (isFlag ? !it.value().isBool() : !it.value().isString()))
            return fail(QStringLiteral("page field \"%1\" must be one of slug, title, "
                                       "description, ogTitle, ogImage, canonical (strings) or "
                                       "noindex (true/false)")
                            .arg(key));
        newMeta.insert(key, isFlag ? it.value() : QCborValue(it.value().toString().trimmed()));
    }
    if (auto r = checkPageUrls(newMeta); !r)
        return std::unexpected(r.error());
    const QString slug = normalizeSlug(newMeta.value(QStringLiteral("slug")).toString());
    if (!slugPattern().match(slug).hasMatch())
        return fail(QStringLiteral("invalid address \"%1\": use lowercase letters, digits and '-'")
                        .arg(slug));
    if (const Page *other = pageBySlug(slug); other && other != &p)
        return fail(QStringLiteral("a page with slug \"%1\" exists").arg(slug));
    newMeta.insert(QStringLiteral("slug"), slug);
    Operation op;
    op.kind = Operation::Kind::SetPageMeta;
    op.pageId = pageId;
    op.oldValue = oldMeta;
    op.newValue = newMeta;
    return op;
}

QString SiteDocument::proposeSlug(const QString &title) const
{
    QString base;
    bool dash = false;
    for (const QChar ch : title.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) ||
            (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))) {
            if (dash && !base.isEmpty())
                base += QLatin1Char('-');
            base += ch;
            dash = false;
        } else if (ch.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
    }
    if (base.isEmpty())
        base = QStringLiteral("page");
    QString slug = QLatin1Char('/') + base;
    for (int n = 2; pageBySlug(slug); ++n)
        slug = QStringLiteral("/%1-%2").arg(base).arg(n);
    return slug;
}

Result<Operation> SiteDocument::makeRemovePage(const QString &pageId) const
{
    auto page = requirePage(pageId);
    if (!page)
        return std::unexpected(page.error());
    Operation op;
    op.kind = Operation::Kind::RemovePage;
    op.pageId = pageId;
    op.index = pageIndex(pageId);
    op.subtree = pageToJson(**page);
    return op;
}

Result<Operation> SiteDocument::makeReplacePageData(const QString &pageId,
                                                    const QCborMap &puckData) const
{
    auto page = requirePage(pageId);
    if (!page)
        return std::unexpected(page.error());
    auto check = puck::importData(puckData);
    if (!check)
        return std::unexpected(check.error());
    Operation op;
    op.kind = Operation::Kind::ReplacePageData;
    op.pageId = pageId;
    op.oldValue = puck::exportData(**page);
    op.newValue = puckData;
    return op;
}

QString SiteDocument::slugProblem(const QString &slug, const QString &pageId) const
{
    const QString s = normalizeSlug(slug);
    if (!slugPattern().match(s).hasMatch())
        return QStringLiteral("\"%1\" is not a valid address: use lowercase letters, digits and "
                              "'-', like /about or /blog/first-post")
            .arg(s);
    if (const Page *other = pageBySlug(s); other && other->id != pageId)
        return QStringLiteral("the page \"%1\" already has the address %2")
            .arg(other->title.isEmpty() ? other->slug : other->title, s);
    return {};
}

void SiteDocument::endBatch()
{
    if (m_batch > 0 && --m_batch == 0)
        emit batchFinished();
}

Result<void> SiteDocument::performAll(const QList<Operation> &ops, const QString &text)
{
    beginBatch();
    const auto end = qScopeGuard([this] { endBatch(); });
    qsizetype done = 0;
    for (; done < ops.size(); ++done)
        if (auto r = apply(ops[done]); !r) {
            // All or nothing: take back what was applied (journaled too, so the cache agrees).
            for (qsizetype i = done - 1; i >= 0; --i)
                if (auto back = apply(ops[i].inverse()); !back)
                    qCCritical(lcDocument)
                        << "could not revert a partial edit:" << back.error().toString();
            return r;
        }
    auto *group = new MacroCommand(this, text);
    for (const Operation &op : ops)
        new DocumentCommand(this, op, -1, /*alreadyApplied=*/true, group);
    m_undo->push(group);
    return {};
}

Result<void> SiteDocument::movePage(const QString &pageIdIn, qsizetype toIndex)
{
    const QString pageId = pageIdIn; // may be the moved Page's own id member, gone after removal
    auto remove = makeRemovePage(pageId);
    if (!remove)
        return std::unexpected(remove.error());
    if (toIndex < 0 || toIndex >= qsizetype(m_pages.size()))
        return fail(QStringLiteral("page index %1 out of range").arg(toIndex));
    if (toIndex == remove->index)
        return {};
    Operation add;
    add.kind = Operation::Kind::AddPage;
    add.pageId = pageId;
    add.index = toIndex; // in the list without the page
    add.subtree = remove->subtree;
    const Page *p = page(pageId);
    return performAll({*remove, add},
                      QStringLiteral("Move page %1").arg(p->title.isEmpty() ? p->slug : p->title));
}

Result<void> SiteDocument::applyUnjournaled(const Operation &op)
{
    auto change = applyInMemory(op);
    if (!change)
        return std::unexpected(change.error());
    emit changed(*change);
    return {};
}

Result<int> SiteDocument::adopt(const SiteDocument &server)
{
    if (server.themeId != themeId)
        return fail(QStringLiteral("the server's version uses another theme; reopen the site"));
    beginBatch();
    const auto end = qScopeGuard([this] { endBatch(); });
    int changes = 0;
    // The server's values as they are (they were checked where they were made).
    const auto metaOp = [](const Page &p, const QCborMap &meta) -> Result<Operation> {
        Operation op;
        op.kind = Operation::Kind::SetPageMeta;
        op.pageId = p.id;
        op.oldValue = pageMeta(p);
        op.newValue = meta;
        return op;
    };
    const auto step = [&](Result<Operation> op) -> Result<void> {
        if (!op)
            return std::unexpected(op.error());
        ++changes;
        return applyUnjournaled(*op);
    };
    // Which pages stay in place: same id, in the server's order (greedy); the rest are removed
    // and added again where the server has them.
    QSet<QString> kept;
    qsizetype lastIndex = -1;
    for (const auto &p : m_pages) {
        const qsizetype at = server.pageIndex(p->id);
        if (at > lastIndex) {
            kept.insert(p->id);
            lastIndex = at;
        }
    }
    QStringList gone;
    for (const auto &p : m_pages)
        if (!kept.contains(p->id))
            gone << p->id;
    for (const QString &id : gone)
        if (auto r = step(makeRemovePage(id)); !r)
            return std::unexpected(r.error());
    // Kept pages whose address changes step aside first, so swapped addresses never collide.
    int parked = 0;
    for (const auto &sp : server.m_pages) {
        Page *p = kept.contains(sp->id) ? page(sp->id) : nullptr;
        if (!p || p->slug == sp->slug)
            continue;
        QCborMap aside = pageMeta(*p);
        aside.insert(QStringLiteral("slug"), QStringLiteral("/ss-sync-%1").arg(++parked));
        if (auto r = step(metaOp(*p, aside)); !r)
            return std::unexpected(r.error());
    }
    for (qsizetype i = 0; i < qsizetype(server.m_pages.size()); ++i) {
        const Page &sp = *server.m_pages[size_t(i)];
        const QCborMap json = pageToJson(sp);
        if (!kept.contains(sp.id)) {
            Operation add;
            add.kind = Operation::Kind::AddPage;
            add.pageId = sp.id;
            add.index = i;
            add.subtree = json;
            if (auto r = step(add); !r)
                return std::unexpected(r.error());
            continue;
        }
        Page *p = page(sp.id);
        const QCborMap mine = pageToJson(*p);
        if (mine == json)
            continue;
        if (pageMeta(*p) != pageMeta(sp))
            if (auto r = step(metaOp(*p, pageMeta(sp))); !r)
                return std::unexpected(r.error());
        p->extra = sp.extra;
        if (mine.value(QStringLiteral("data")) != json.value(QStringLiteral("data")))
            if (auto r =
                    step(makeReplacePageData(sp.id, json.value(QStringLiteral("data")).toMap()));
                !r)
                return std::unexpected(r.error());
    }
    if (siteProps != server.siteProps)
        if (auto r = step(makeReplaceSiteProps(server.siteProps)); !r)
            return std::unexpected(r.error());
    if (name != server.name || themeVersion != server.themeVersion || extra != server.extra) {
        name = server.name;
        themeVersion = server.themeVersion;
        extra = server.extra;
        ++changes;
    }
    return changes;
}

} // namespace ss
