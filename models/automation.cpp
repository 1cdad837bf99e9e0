// The automation rule engine: see automation.h and docs/automation.md (the reference of the rule
// JSON, the events and their payloads, conditions, actions, loops, limits and the run trace).
#include "automation.h"

#include "json.h"

#include <QCborArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ss::automation {

namespace {

QString keyPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString indexPath(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

QString jsonText(const QCborValue &v)
{
    return QString::fromUtf8(json::write(v));
}

// "an integer", "a string"
QString withArticle(const QString &noun)
{
    static const QString vowels = u"aeiou"_s;
    return (!noun.isEmpty() && vowels.contains(noun.front()) ? u"an "_s : u"a "_s) + noun;
}

QStringList names(const auto &list)
{
    QStringList out;
    for (const auto &item : list)
        out << item.name;
    return out;
}

// ISO 8601 to ms since the epoch; a time without an offset is UTC.
std::optional<qint64> parseTimestamp(const QString &s)
{
    if (s.size() < 10 || s.size() > 40)
        return std::nullopt;
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}

EventField field(const char16_t *name, FieldType type, const char16_t *description)
{
    return EventField{QString::fromUtf16(name), type, QString::fromUtf16(description)};
}

QList<EventField> withCommon(QList<EventField> own)
{
    QList<EventField> all = {
        field(u"workspace_id", FieldType::String,
              u"The site (workspace) the event concerns; \"\" for account-level events"),
        field(u"occurred_at", FieldType::Timestamp, u"When the event happened (UTC)"),
        field(u"account_tier", FieldType::String,
              u"The account's plan when the event happened: basic, pro or enterprise"),
    };
    all += own;
    return all;
}

QList<EventField> deploymentFields()
{
    return withCommon({
        field(u"deployment_id", FieldType::String, u"The deployment record's id"),
        field(u"kind", FieldType::String,
              u"What was deployed: publish, rollback, tier_migration, domain, provision"),
        field(u"status", FieldType::String, u"succeeded or failed"),
        field(u"subdomain", FieldType::String, u"The site's subdomain"),
        field(u"error", FieldType::String, u"Why it failed; \"\" on success"),
        field(u"duration_ms", FieldType::Integer, u"How long the deployment took"),
    });
}

ActionParam stringParam(const char16_t *name, bool required, const char16_t *description,
                        int maxLength, QStringList choices = {})
{
    ActionParam p;
    p.name = QString::fromUtf16(name);
    p.type = FieldType::String;
    p.required = required;
    p.description = QString::fromUtf16(description);
    p.maxLength = maxLength;
    p.choices = std::move(choices);
    return p;
}

ActionParam intParam(const char16_t *name, const char16_t *description, qint64 minimum,
                     qint64 maximum, QCborValue defaultValue = {})
{
    ActionParam p;
    p.name = QString::fromUtf16(name);
    p.type = FieldType::Integer;
    p.description = QString::fromUtf16(description);
    p.minimum = minimum;
    p.maximum = maximum;
    p.defaultValue = defaultValue;
    return p;
}

} // namespace

QString fieldTypeName(FieldType t)
{
    switch (t) {
    case FieldType::String:
        return u"string"_s;
    case FieldType::Integer:
        return u"integer"_s;
    case FieldType::Number:
        return u"number"_s;
    case FieldType::Boolean:
        return u"boolean"_s;
    case FieldType::Timestamp:
        return u"timestamp"_s;
    case FieldType::StringList:
        return u"string list"_s;
    }
    return {};
}

const EventField *EventType::field(const QString &fieldName) const
{
    for (const EventField &f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

const QList<EventType> &eventTypes()
{
    static const QList<EventType> types = {
        {u"schedule"_s, u"A slot of the rule's cron schedule came due"_s,
         withCommon({
             field(u"slot", FieldType::Timestamp, u"The scheduled minute (UTC)"),
             field(u"cron", FieldType::String, u"The rule's cron expression"),
             field(u"timezone", FieldType::String, u"The schedule's IANA time zone"),
         })},
        {u"site_created"_s, u"A site was created (the wizard, the CLI or the API)"_s,
         withCommon({
             field(u"name", FieldType::String, u"The site's name"),
             field(u"slug", FieldType::String, u"The site's slug (its default subdomain)"),
             field(u"type", FieldType::String, u"The site type chosen in the wizard"),
             field(u"tier", FieldType::String, u"The site's hosting tier: basic, pro, enterprise"),
         })},
        {u"theme_saved"_s, u"A theme customization was saved (a new revision)"_s,
         withCommon({
             field(u"customization_id", FieldType::String, u"The customization's id"),
             field(u"theme", FieldType::String, u"The theme's id"),
             field(u"revision", FieldType::Integer, u"The new revision number"),
             field(u"pages", FieldType::Integer, u"How many pages the site has"),
             field(u"changed_pages", FieldType::StringList,
                   u"The slugs of the pages this revision changed"),
         })},
        {u"theme_published"_s, u"A revision of a customization went live"_s,
         withCommon({
             field(u"customization_id", FieldType::String, u"The customization's id"),
             field(u"theme", FieldType::String, u"The theme's id"),
             field(u"revision", FieldType::Integer, u"The revision that is live now"),
             field(u"subdomain", FieldType::String, u"The site's subdomain"),
             field(u"url", FieldType::String, u"The public URL of the site"),
         })},
        {u"deployment_succeeded"_s, u"A deployment (publish, rollback, tier migration) finished"_s,
         deploymentFields()},
        {u"deployment_failed"_s, u"A deployment failed"_s, deploymentFields()},
        {u"tier_changed"_s, u"The site's hosting tier changed"_s,
         withCommon({
             field(u"from_tier", FieldType::String, u"The tier before: basic, pro, enterprise"),
             field(u"to_tier", FieldType::String, u"The tier now"),
         })},
        {u"sync_conflict"_s, u"Syncing found changes made on two sides that need a decision"_s,
         withCommon({
             field(u"entity_type", FieldType::String, u"page, customization, rule, ..."),
             field(u"entity_id", FieldType::String, u"The conflicting entity's id"),
             field(u"conflicts", FieldType::Integer, u"How many conflicting changes"),
         })},
        {u"asset_uploaded"_s, u"An asset (image, font, file) was uploaded"_s,
         withCommon({
             field(u"sha256", FieldType::String, u"The content hash (hex)"),
             field(u"size", FieldType::Integer, u"Size in bytes"),
             field(u"mime", FieldType::String, u"The MIME type"),
             field(u"name", FieldType::String, u"The file name"),
         })},
    };
    return types;
}

const EventType *eventType(const QString &name)
{
    for (const EventType &t : eventTypes())
        if (t.name == name)
            return &t;
    return nullptr;
}

// ---- Actions ------------------------------------------------------------------------------

const QList<ActionType> &actionTypes()
{
    const QString published = u"theme_published"_s;
    const QString succeeded = u"deployment_succeeded"_s;
    const QString failed = u"deployment_failed"_s;
    static const QList<ActionType> types = {
        {u"publish_theme"_s,
         u"Publish the site's customization (a deployment)"_s,
         2,
         ActionSite::Server,
         false,
         {published, succeeded, failed},
         {stringParam(u"customization_id", false,
                      u"The customization to publish; default: the site's active one", 200)}},
        {u"rollback"_s,
         u"Put an earlier revision live again (a deployment)"_s,
         2,
         ActionSite::Server,
         false,
         {published, succeeded, failed},
         {intParam(u"revision", u"The revision to go back to; default: the one before the live one",
                   1, std::numeric_limits<int>::max())}},
        {u"sync_workspace"_s,
         u"Sync the site between this computer and the server"_s,
         1,
         ActionSite::Desktop,
         false,
         {u"theme_saved"_s, u"sync_conflict"_s},
         {}},
        {u"export_static"_s,
         u"Export the site as static files to a local folder"_s,
         1,
         ActionSite::Desktop,
         false,
         {},
         {stringParam(u"folder", true, u"The absolute path of the folder to export to", 1024)}},
        {u"backup"_s,
         u"Store a backup bundle of the site on the server"_s,
         2,
         ActionSite::Server,
         false,
         {},
         {intParam(u"keep", u"How many backup bundles to keep (1-100); default: all", 1, 100)}},
        {u"webhook"_s,
         u"POST the event as JSON to a URL (HMAC-SHA256 signature header when a secret is set)"_s,
         1,
         ActionSite::Server,
         false,
         {},
         {stringParam(u"url", true, u"https URL (http only to this machine)", 2048),
          stringParam(u"secret", false,
                      u"Key of the HMAC-SHA256 signature of the body, sent in a header", 256),
          intParam(u"timeout_ms", u"Timeout per attempt, 100-30000 ms; default 5000", 100, 30000,
                   5000),
          intParam(u"retries", u"Retries after a failure or timeout, 0-5; default 2", 0, 5, 2)}},
        // Server: it is written to the server's log and the run trace; the desktop app also shows
        // it as a notification when the run syncs down (or runs there) while it is open.
        {u"notify"_s,
         u"Show a notification in the app and write it to the server log"_s,
         0,
         ActionSite::Server,
         false,
         {},
         {stringParam(u"message", true, u"The text, at most 500 characters", 500)}},
        {u"set_tier"_s,
         u"Change the site's hosting tier (a migration; administrators only)"_s,
         2,
         ActionSite::Server,
         true,
         {u"tier_changed"_s, succeeded, failed},
         {stringParam(u"tier", true, u"basic, pro or enterprise", 0,
                      {u"basic"_s, u"pro"_s, u"enterprise"_s})}},
    };
    return types;
}

const ActionType *actionType(const QString &name)
{
    for (const ActionType &t : actionTypes())
        if (t.name == name)
            return &t;
    return nullptr;
}

namespace {

bool isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    if (h == u"localhost" || h == u"::1" || h == u"0:0:0:0:0:0:0:1")
        return true;
    // Dotted-quad IPv4 only (QUrl normalizes short and hex forms): 127.0.0.0/8.
    const QStringList parts = h.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &p : parts) {
        bool ok = false;
        const int n = p.toInt(&ok, 10);
        if (!ok || n < 0 || n > 255 || p.isEmpty() || p.size() > 3)
            return false;
    }
    return parts.front() == u"127";
}

bool isAbsoluteFolder(const QString &path)
{
    if (path.startsWith(u'/'))
        return true;
    // Windows: C:\ or C:/ and \\server\share.
    if (path.size() >= 3 && path[0].isLetter() && path[1] == u':' &&
        (path[2] == u'\\' || path[2] == u'/'))
        return true;
    return path.startsWith(u"\\\\"_s);
}

// PARAMS has only known parameters of the right JSON types; checks ranges, lengths, choices and
// the action's own rules, and fills in defaults.
Result<void> checkParams(const ActionType &spec, QCborMap &params, const QString &path)
{
    for (const ActionParam &p : spec.params) {
        const QCborValue v = params.value(p.name);
        const QString at = keyPath(path, p.name);
        if (v.isUndefined()) {
            if (!p.defaultValue.isUndefined())
                params.insert(p.name, p.defaultValue);
            continue;
        }
        if (p.type == FieldType::Integer && (p.minimum || p.maximum) &&
            (v.toInteger() < p.minimum || v.toInteger() > p.maximum))
            return fail(
                u"must be from %1 to %2, not %3"_s.arg(p.minimum).arg(p.maximum).arg(v.toInteger()),
                at);
        if (p.type == FieldType::String) {
            const QString text = v.toString();
            if (!p.choices.isEmpty() && !p.choices.contains(text))
                return fail(u"must be one of %1, not %2"_s.arg(p.choices.join(u", "_s),
                                                               jsonText(v).left(60)),
                            at);
            if (p.maxLength && text.size() > p.maxLength)
                return fail(
                    u"at most %1 characters (it has %2)"_s.arg(p.maxLength).arg(text.size()), at);
            if (p.required && text.trimmed().isEmpty())
                return fail(u"required: %1"_s.arg(p.description), at);
        }
    }
    const QString type = spec.name;
    if (type == u"publish_theme") {
        if (params.value(u"customization_id"_s).toString().isEmpty() &&
            params.contains(u"customization_id"_s))
            return fail(u"must be a customization id; leave it out for the site's active one"_s,
                        keyPath(path, u"customization_id"_s));
    } else if (type == u"export_static") {
        const QString folder = params.value(u"folder"_s).toString();
        if (!isAbsoluteFolder(folder))
            return fail(
                u"must be an absolute folder path (\"/home/me/site\", \"C:\\\\Sites\\\\x\"), "
                u"not %1"_s.arg(quoted(folder.left(100))),
                keyPath(path, u"folder"_s));
    } else if (type == u"webhook") {
        if (auto r = checkWebhookUrl(params.value(u"url"_s).toString()); !r)
            return fail(r.error().message, keyPath(path, u"url"_s));
    }
    return {};
}

bool hasType(const QCborValue &v, FieldType t)
{
    switch (t) {
    case FieldType::String:
    case FieldType::Timestamp:
        return v.isString();
    case FieldType::Integer:
        return v.isInteger();
    case FieldType::Number:
        return v.isInteger() || v.isDouble();
    case FieldType::Boolean:
        return v.isBool();
    case FieldType::StringList: {
        if (!v.isArray())
            return false;
        const QCborArray a = v.toArray();
        return std::all_of(a.cbegin(), a.cend(), [](const QCborValue &x) { return x.isString(); });
    }
    }
    return false;
}

} // namespace

Result<void> checkAccountWide(const Rule &rule)
{
    if (!rule.workspaceId.isEmpty() || rule.trigger != QLatin1String("schedule"))
        return {};
    static const QStringList siteActions = {
        QStringLiteral("publish_theme"), QStringLiteral("rollback"), QStringLiteral("backup"),
        QStringLiteral("sync_workspace"), QStringLiteral("export_static")};
    for (qsizetype i = 0; i < rule.actions.size(); ++i)
        if (siteActions.contains(rule.actions[i].type))
            return fail(QStringLiteral("an account-wide schedule rule has no site to act on with "
                                       "\"%1\"; put the rule on a site, or trigger it by a site "
                                       "event")
                            .arg(rule.actions[i].type),
                        QStringLiteral("actions[%1].type").arg(i));
    return {};
}

Result<void> checkWebhookUrl(const QString &url)
{
    if (url.isEmpty())
        return fail(u"required: an https URL"_s);
    if (url.size() > 2048)
        return fail(u"a webhook URL has at most 2048 characters"_s);
    for (QChar c : url)
        if (c.isSpace() || c.unicode() < 0x20)
            return fail(u"a URL cannot contain spaces or control characters"_s);
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid())
        return fail(u"not a valid URL: %1"_s.arg(u.errorString()));
    const QString scheme = u.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return fail(u"webhooks use https (http only to this machine), not \"%1:\""_s.arg(scheme));
    if (!u.userInfo().isEmpty() || url.section(u'/', 2, 2).contains(u'@'))
        return fail(u"the URL cannot carry a user name or password; use the webhook's secret"_s);
    if (u.host().isEmpty())
        return fail(u"the URL has no host"_s);
    if (scheme == u"http" && !isLoopbackHost(u.host()))
        return fail(u"http is allowed only to this machine (localhost, 127.0.0.0/8, ::1); use "
                    u"https for %1"_s.arg(u.host()));
    return {};
}

// ---- Conditions ---------------------------------------------------------------------------

namespace {

enum class Op
{
    Eq,
    Ne,
    Gt,
    Gte,
    Lt,
    Lte,
    Contains,
    In,
    Matches,
    Exists
};

struct OpName
{
    Op op;
    const char16_t *name;
};
constexpr OpName opNames[] = {{Op::Eq, u"eq"},
                              {Op::Ne, u"ne"},
                              {Op::Gt, u"gt"},
                              {Op::Gte, u"gte"},
                              {Op::Lt, u"lt"},
                              {Op::Lte, u"lte"},
                              {Op::Contains, u"contains"},
                              {Op::In, u"in"},
                              {Op::Matches, u"matches"},
                              {Op::Exists, u"exists"}};

constexpr int maxConditionNodes = 200;
// `matches` looks at the first 4,096 characters of a field (payload strings are names, ids and
// one-line errors; a bound keeps a pathological pattern's cost bounded too).
constexpr qsizetype maxMatchSubject = 4096;

QString elide(const QString &s, qsizetype max)
{
    return s.size() <= max ? s : s.left(max - 1) + QChar(0x2026);
}

// Whether RE backtracks catastrophically ("(a+)+$", "^(\\w+\\s?)*$", "(a|a)+$"): PCRE2 stops
// such a match at its match limit (tens of milliseconds), and QRegularExpression reports that as
// an invalid match. The pattern is tried at save time on runs of each character it mentions (and
// a few common ones) followed by a character that makes the match fail; real payload
// strings then cost microseconds. (Not a proof: a pattern can still be slow on some input, which
// the match limit and the subject bound keep finite.)
bool backtracksBadly(const QRegularExpression &re, const QString &pattern)
{
    QString chars = u"a0 -._"_s;
    for (QChar c : pattern)
        if (c.unicode() > 0x20 && c.unicode() < 0x7f && !chars.contains(c))
            chars += c;
    for (QChar c : chars) {
        // The other characters at the end defeat PCRE's "required character" shortcut.
        const QString subject = QString(64, c) + QChar(0x1) + chars;
        if (!re.match(subject).isValid())
            return true;
    }
    return false;
}
constexpr int maxInValues = 1000;

// The compiler's tree; Condition::Node is its flattened form.
struct TreeNode
{
    enum Kind
    {
        All,
        Any,
        Not,
        Leaf
    };
    Kind kind = Leaf;
    std::vector<TreeNode> children;
    QString path;
    QString description;
    QString key; // leaf: field, op and the value's full JSON (identical leaves, RuleIndex)
    // Leaf: the field (its index in the EventType) and the pre-converted value.
    Op op = Op::Eq;
    int field = -1;
    FieldType type = FieldType::String;
    qint64 i = 0;
    double d = 0;
    QString s;
    QStringList strings;      // in (String), eq/ne (StringList)
    std::vector<qint64> ints; // in (Integer, Timestamp, Boolean)
    std::vector<double> nums; // in (Number)
    QRegularExpression re;
    bool exists = true;
};

} // namespace

// A compiled condition: the tree in pre-order in one array of small "hot" nodes (what evaluation
// reads for every rule) plus, per node, the "cold" data (path, description, strings, regex). A
// group's children follow it; `end` is the index after its subtree. Evaluating 10,000 rules for
// one event is then mostly sequential reads of a few cache lines per rule.
struct Condition::Node
{
    struct Flat
    {
        quint8 kind;
        quint8 op;
        quint8 type;
        bool exists;
        qint32 field;
        qint32 end;
        qint64 i;
        double d;
    };
    struct Cold
    {
        QString path;
        QString description;
        QString s;
        QStringList strings;
        std::vector<qint64> ints;
        std::vector<double> nums;
        QRegularExpression re;
        QString key;
    };
    std::vector<Flat> flat;
    std::vector<Cold> cold; // same indexes
};

ResolvedPayload ResolvedPayload::resolve(const EventType &event, const QCborMap &payload)
{
    ResolvedPayload out;
    out.event = eventType(event.name);
    if (!out.event)
        out.event = &event;
    out.fields.resize(size_t(event.fields.size()));
    for (qsizetype k = 0; k < event.fields.size(); ++k) {
        const EventField &f = event.fields[k];
        const QCborValue v = payload.value(f.name);
        Field &r = out.fields[size_t(k)];
        switch (f.type) {
        case FieldType::String:
            if (v.isString()) {
                r.s = v.toString();
                r.present = true;
            }
            break;
        case FieldType::Integer:
            if (v.isInteger()) {
                r.i = v.toInteger();
                r.present = true;
            } else if (v.isDouble() && std::trunc(v.toDouble()) == v.toDouble() &&
                       std::abs(v.toDouble()) < 9e15) {
                r.i = qint64(v.toDouble());
                r.present = true;
            }
            r.d = double(r.i);
            break;
        case FieldType::Number:
            if (v.isInteger() || v.isDouble()) {
                r.d = v.toDouble();
                r.present = true;
            }
            break;
        case FieldType::Boolean:
            if (v.isBool()) {
                r.i = v.toBool() ? 1 : 0;
                r.present = true;
            }
            break;
        case FieldType::Timestamp:
            if (v.isString()) {
                if (auto ms = parseTimestamp(v.toString())) {
                    r.i = *ms;
                    r.s = v.toString();
                    r.present = true;
                }
            }
            break;
        case FieldType::StringList:
            if (hasType(v, FieldType::StringList)) {
                for (const QCborValue &x : v.toArray())
                    r.list << x.toString();
                r.present = true;
            }
            break;
        }
    }
    return out;
}

namespace {

using Node = TreeNode;
using Program = Condition::Node;

// Comparison strings are shared between rules (one copy of "publish", "pro", ...): less memory,
// and evaluating many rules reads the same few strings, which stay in the CPU cache. Bounded, so
// a long-running server does not grow it without end.
QString intern(const QString &s)
{
    static QMutex mutex;
    static QSet<QString> pool;
    if (s.size() > 64)
        return s;
    QMutexLocker lock(&mutex);
    const auto it = pool.constFind(s);
    if (it != pool.cend())
        return *it;
    if (pool.size() < 100000)
        pool.insert(s);
    return s;
}

void flatten(TreeNode &&n, Program &out)
{
    n.s = intern(n.s);
    for (QString &x : n.strings)
        x = intern(x);
    const size_t at = out.flat.size();
    out.flat.push_back(
        {quint8(n.kind), quint8(n.op), quint8(n.type), n.exists, n.field, 0, n.i, n.d});
    out.cold.push_back({std::move(n.path), std::move(n.description), std::move(n.s),
                        std::move(n.strings), std::move(n.ints), std::move(n.nums), std::move(n.re),
                        std::move(n.key)});
    for (TreeNode &c : n.children)
        flatten(std::move(c), out);
    out.flat[at].end = qint32(out.flat.size());
}

// Converts one comparison value to the field's type (into the node's i / d / s / strings).
Result<void> convertValue(const QCborValue &v, const EventField &f, Node &n, const QString &path)
{
    auto wrong = [&]() {
        return fail(u"\"%1\" is %2 field: the value must be %3, not %4"_s.arg(
                        f.name, withArticle(fieldTypeName(f.type)),
                        f.type == FieldType::Timestamp
                            ? u"an ISO 8601 time such as \"2026-11-23T09:00:00Z\""_s
                        : f.type == FieldType::StringList ? u"an array of strings"_s
                                                          : withArticle(fieldTypeName(f.type)),
                        jsonText(v).left(80)),
                    path);
    };
    if (!hasType(v, f.type))
        return wrong();
    switch (f.type) {
    case FieldType::String:
        n.s = v.toString();
        break;
    case FieldType::Integer:
        n.i = v.toInteger();
        n.d = double(n.i);
        break;
    case FieldType::Number:
        n.d = v.toDouble();
        break;
    case FieldType::Boolean:
        n.i = v.toBool() ? 1 : 0;
        break;
    case FieldType::Timestamp: {
        auto ms = parseTimestamp(v.toString());
        if (!ms)
            return wrong();
        n.i = *ms;
        n.s = v.toString();
        break;
    }
    case FieldType::StringList:
        for (const QCborValue &x : v.toArray())
            n.strings << x.toString();
        break;
    }
    return {};
}

struct Compiler
{
    const EventType &event;
    int nodes = 0;

    Result<Node> compile(const QCborValue &json, const QString &path, int depth)
    {
        if (++nodes > maxConditionNodes)
            return fail(
                u"too many conditions (at most %1 leaves and groups)"_s.arg(maxConditionNodes),
                path);
        if (!json.isMap())
            return fail(u"a condition is an object: {\"all\": [...]}, {\"any\": [...]}, "
                        u"{\"not\": {...}} or {\"field\": ..., \"op\": ..., \"value\": ...}; "
                        u"found %1"_s.arg(json::typeName(json)),
                        path);
        const QCborMap m = json.toMap();
        for (const char16_t *group : {u"all", u"any", u"not"}) {
            const QString g = QString::fromUtf16(group);
            if (!m.contains(g))
                continue;
            if (m.size() != 1) {
                for (auto it = m.cbegin(); it != m.cend(); ++it)
                    if (it.key().toString() != g)
                        return fail(u"a group has exactly one key (all, any or not); remove "
                                    u"\"%1\""_s.arg(it.key().toString()),
                                    keyPath(path, it.key().toString()));
            }
            if (depth + 1 > Condition::maxDepth)
                return fail(
                    u"conditions are nested deeper than %1 groups"_s.arg(Condition::maxDepth),
                    path);
            return compileGroup(g, m.value(g), path, depth + 1);
        }
        return compileLeaf(m, path);
    }

    Result<Node> compileGroup(const QString &g, const QCborValue &body, const QString &path,
                              int depth)
    {
        Node n;
        n.path = path;
        const QString childPath = keyPath(path, g);
        if (g == u"not") {
            n.kind = Node::Not;
            n.description = u"not"_s;
            auto c = compile(body, childPath, depth);
            if (!c)
                return std::unexpected(c.error());
            n.children.push_back(std::move(*c));
            return n;
        }
        n.kind = g == u"all" ? Node::All : Node::Any;
        if (!body.isArray())
            return fail(u"\"%1\" takes an array of conditions, not %2"_s.arg(
                            g, withArticle(json::typeName(body))),
                        childPath);
        const QCborArray list = body.toArray();
        if (list.isEmpty() && n.kind == Node::Any)
            return fail(u"\"any\" needs at least one condition"_s, childPath);
        for (qsizetype i = 0; i < list.size(); ++i) {
            auto c = compile(list.at(i), indexPath(childPath, i), depth);
            if (!c)
                return std::unexpected(c.error());
            n.children.push_back(std::move(*c));
        }
        n.description = u"%1 of %2"_s.arg(g).arg(list.size());
        return n;
    }

    Result<Node> compileLeaf(const QCborMap &m, const QString &path)
    {
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            const QString k = it.key().toString();
            if (k != u"field" && k != u"op" && k != u"value")
                return fail(u"unknown key \"%1\": a condition has \"field\", \"op\" and "
                            u"\"value\", or is a group (all, any, not)"_s.arg(k),
                            keyPath(path, k));
        }
        const QCborValue fieldValue = m.value(u"field"_s);
        if (!fieldValue.isString() || fieldValue.toString().isEmpty())
            return fail(u"required: the name of a field of the %1 event (%2)"_s.arg(
                            event.name, names(event.fields).join(u", "_s)),
                        keyPath(path, u"field"_s));
        const EventField *f = event.field(fieldValue.toString());
        if (!f)
            return fail(
                u"the %1 event has no field \"%2\"; it has: %3"_s.arg(
                    event.name, fieldValue.toString().left(100), names(event.fields).join(u", "_s)),
                keyPath(path, u"field"_s));
        const QString opName = m.value(u"op"_s).toString();
        const OpName *opn = nullptr;
        for (const OpName &o : opNames)
            if (opName == QStringView(o.name))
                opn = &o;
        if (!opn)
            return fail(u"unknown operator %1; use eq, ne, gt, gte, lt, lte, contains, in, "
                        u"matches or exists"_s.arg(jsonText(m.value(u"op"_s)).left(40)),
                        keyPath(path, u"op"_s));
        Node n;
        n.kind = Node::Leaf;
        n.path = path;
        n.op = opn->op;
        n.field = int(f - event.fields.constData());
        n.type = f->type;
        const QCborValue value = m.value(u"value"_s);
        const QString valuePath = keyPath(path, u"value"_s);
        const QString opPath = keyPath(path, u"op"_s);
        n.description = f->name + u' ' + opName;
        n.key = f->name + u' ' + opName + u' ' + jsonText(value);
        if (n.op != Op::Exists || !value.isUndefined())
            n.description += u' ' + elide(jsonText(value), 120);
        if (n.op != Op::Exists && value.isUndefined())
            return fail(u"required: the value to compare \"%1\" with"_s.arg(f->name), valuePath);

        const QString typeText = withArticle(fieldTypeName(f->type));
        switch (n.op) {
        case Op::Eq:
        case Op::Ne:
            if (auto r = convertValue(value, *f, n, valuePath); !r)
                return std::unexpected(r.error());
            break;
        case Op::Gt:
        case Op::Gte:
        case Op::Lt:
        case Op::Lte:
            if (f->type != FieldType::Integer && f->type != FieldType::Number &&
                f->type != FieldType::Timestamp)
                return fail(
                    u"%1 compares integers, numbers and timestamps; \"%2\" is %3 field"_s.arg(
                        opName, f->name, typeText),
                    opPath);
            if (auto r = convertValue(value, *f, n, valuePath); !r)
                return std::unexpected(r.error());
            break;
        case Op::Contains:
            if (f->type != FieldType::String && f->type != FieldType::StringList)
                return fail(u"contains works on string and string list fields; \"%1\" is %2 "
                            u"field (use eq or in)"_s.arg(f->name, typeText),
                            opPath);
            if (!value.isString())
                return fail(
                    u"contains needs a string, not %1"_s.arg(withArticle(json::typeName(value))),
                    valuePath);
            n.s = value.toString();
            break;
        case Op::In: {
            if (f->type == FieldType::StringList)
                return fail(u"\"%1\" is a string list field: use contains"_s.arg(f->name), opPath);
            if (!value.isArray() || value.toArray().isEmpty() ||
                value.toArray().size() > maxInValues)
                return fail(u"in needs an array of 1 to %1 values of the field's type (%2)"_s.arg(
                                QString::number(maxInValues), fieldTypeName(f->type)),
                            valuePath);
            const QCborArray list = value.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                Node one;
                if (auto r = convertValue(list.at(i), *f, one, indexPath(valuePath, i)); !r)
                    return std::unexpected(r.error());
                if (f->type == FieldType::String)
                    n.strings << one.s;
                else if (f->type == FieldType::Number)
                    n.nums.push_back(one.d);
                else
                    n.ints.push_back(one.i);
            }
            break;
        }
        case Op::Matches: {
            if (f->type != FieldType::String)
                return fail(
                    u"matches needs a string field; \"%1\" is %2 field"_s.arg(f->name, typeText),
                    opPath);
            if (!value.isString())
                return fail(u"matches needs a regular expression (a string), not %1"_s.arg(
                                withArticle(json::typeName(value))),
                            valuePath);
            const QString pattern = value.toString();
            if (pattern.size() > Condition::maxPatternLength)
                return fail(u"the pattern has %1 characters; at most %2 are allowed"_s.arg(
                                QString::number(pattern.size()),
                                QString::number(Condition::maxPatternLength)),
                            valuePath);
            n.re = QRegularExpression(pattern);
            if (!n.re.isValid())
                return fail(u"invalid regular expression: %1 at offset %2"_s.arg(
                                n.re.errorString(), QString::number(n.re.patternErrorOffset())),
                            valuePath);
            n.re.optimize();
            if (backtracksBadly(n.re, pattern))
                return fail(u"the pattern backtracks catastrophically (a repeated group that can "
                            u"match the same text in many ways, such as (a+)+); simplify it"_s,
                            valuePath);
            n.s = pattern;
            break;
        }
        case Op::Exists:
            if (!value.isUndefined() && !value.isBool())
                return fail(u"exists takes no value, or true / false"_s, valuePath);
            n.exists = value.isUndefined() || value.toBool();
            break;
        }
        return n;
    }
};

bool evalLeaf(const Program::Flat &n, const Program::Cold &cold, const ResolvedPayload &p)
{
    const ResolvedPayload::Field &f = p.fields[size_t(n.field)];
    const Op op = Op(n.op);
    if (op == Op::Exists)
        return f.present == n.exists;
    if (!f.present)
        return false;
    const FieldType type = FieldType(n.type);
    const bool numeric = type == FieldType::Number;
    auto cmp = [&]() -> int {
        if (numeric)
            return f.d < n.d ? -1 : f.d > n.d ? 1 : 0;
        return f.i < n.i ? -1 : f.i > n.i ? 1 : 0;
    };
    auto equal = [&]() {
        switch (type) {
        case FieldType::String:
            return f.s == cold.s;
        case FieldType::StringList:
            return f.list == cold.strings;
        case FieldType::Number:
            return f.d == n.d;
        default:
            return f.i == n.i;
        }
    };
    switch (op) {
    case Op::Eq:
        return equal();
    case Op::Ne:
        return !equal();
    case Op::Gt:
        return cmp() > 0;
    case Op::Gte:
        return cmp() >= 0;
    case Op::Lt:
        return cmp() < 0;
    case Op::Lte:
        return cmp() <= 0;
    case Op::Contains:
        return type == FieldType::StringList ? f.list.contains(cold.s) : f.s.contains(cold.s);
    case Op::In:
        if (type == FieldType::String)
            return cold.strings.contains(f.s);
        if (numeric)
            return std::find(cold.nums.begin(), cold.nums.end(), f.d) != cold.nums.end();
        return std::find(cold.ints.begin(), cold.ints.end(), f.i) != cold.ints.end();
    case Op::Matches:
        return cold.re
            .match(QStringView(f.s).left(maxMatchSubject), 0, QRegularExpression::NormalMatch,
                   QRegularExpression::DontCheckSubjectStringMatchOption)
            .hasMatch();
    case Op::Exists:
        break;
    }
    return false;
}

// The order in which a group's children are evaluated: leaves that compare values, then
// subgroups, then regular expressions (the costliest).
int rank(const Program::Flat &n)
{
    return n.kind != Node::Leaf ? 1 : Op(n.op) == Op::Matches ? 2 : 0;
}

bool evalAt(const Program::Flat *flat, const Program::Cold *cold, qint32 k,
            const ResolvedPayload &payload)
{
    const Program::Flat &n = flat[k];
    switch (n.kind) {
    case Node::Leaf:
        return evalLeaf(n, cold[k], payload);
    case Node::Not:
        return !evalAt(flat, cold, k + 1, payload);
    case Node::All:
    case Node::Any: {
        // Cheap leaves first, regular expressions last: the result is the same (leaves have no
        // side effects) and a group often settles before a regex runs.
        const bool any = n.kind == Node::Any;
        for (int pass = 0; pass < 3; ++pass)
            for (qint32 c = k + 1; c < n.end; c = flat[c].end)
                if (rank(flat[c]) == pass && evalAt(flat, cold, c, payload) == any)
                    return any;
        return !any;
    }
    }
    return false;
}

// The same with a memo of leaf results for one event: LEAF gives each node's leaf id (-1 for
// groups); identical leaves of different rules share an id (RuleIndex).
bool evalMemo(const Program::Flat *flat, const Program::Cold *cold, const qint32 *leaf, qint32 k,
              const ResolvedPayload &payload, std::vector<qint8> &memo)
{
    const Program::Flat &n = flat[k];
    switch (n.kind) {
    case Node::Leaf: {
        qint8 &m = memo[size_t(leaf[k])];
        if (m < 0)
            m = evalLeaf(n, cold[k], payload) ? 1 : 0;
        return m;
    }
    case Node::Not:
        return !evalMemo(flat, cold, leaf, k + 1, payload, memo);
    case Node::All:
    case Node::Any: {
        const bool any = n.kind == Node::Any;
        for (int pass = 0; pass < 3; ++pass)
            for (qint32 c = k + 1; c < n.end; c = flat[c].end)
                if (rank(flat[c]) == pass && evalMemo(flat, cold, leaf, c, payload, memo) == any)
                    return any;
        return !any;
    }
    }
    return false;
}

// Evaluates every node (no short-circuit) so the trace shows each result; a group's step comes
// before its children's (document order).
bool evalTraced(const Program &p, qint32 k, const ResolvedPayload &payload,
                QList<Condition::Step> &trace)
{
    const Program::Flat &n = p.flat[size_t(k)];
    const Program::Cold &cold = p.cold[size_t(k)];
    if (n.kind == Node::Leaf) {
        const bool r = evalLeaf(n, cold, payload);
        trace.append({cold.path, cold.description, r});
        return r;
    }
    const qsizetype slot = trace.size();
    trace.append({cold.path, cold.description, false});
    bool r = n.kind == Node::All;
    for (qint32 c = k + 1; c < n.end; c = p.flat[size_t(c)].end) {
        const bool cr = evalTraced(p, c, payload, trace);
        if (n.kind == Node::All)
            r = r && cr;
        else if (n.kind == Node::Any)
            r = r || cr;
        else
            r = !cr;
    }
    trace[slot].result = r;
    return r;
}

} // namespace

Result<Condition> Condition::compile(const QCborValue &json, const EventType &event,
                                     const QString &path)
{
    Condition c;
    c.m_event = eventType(event.name);
    if (!c.m_event)
        c.m_event = &event;
    if (json.isUndefined() || json.isNull() || (json.isMap() && json.toMap().isEmpty())) {
        c.m_json = QCborMap();
        return c;
    }
    Compiler compiler{*c.m_event};
    auto root = compiler.compile(json, path, 0);
    if (!root)
        return std::unexpected(root.error());
    auto program = std::make_shared<Program>();
    flatten(std::move(*root), *program);
    c.m_root = std::move(program);
    c.m_json = json;
    return c;
}

bool Condition::isEmpty() const
{
    return !m_root;
}

bool Condition::evaluate(const QCborMap &payload) const
{
    if (!m_root)
        return true;
    return evaluate(ResolvedPayload::resolve(*m_event, payload));
}

bool Condition::evaluate(const QCborMap &payload, QList<Step> &trace) const
{
    if (!m_root)
        return true;
    return evalTraced(*m_root, 0, ResolvedPayload::resolve(*m_event, payload), trace);
}

bool Condition::evaluate(const ResolvedPayload &payload) const
{
    if (!m_root)
        return true;
    if (payload.event != m_event || payload.fields.size() != size_t(m_event->fields.size()))
        return false; // resolved for another event type
    return evalAt(m_root->flat.data(), m_root->cold.data(), 0, payload);
}

QCborValue Condition::toJson() const
{
    return m_json.isUndefined() ? QCborValue(QCborMap()) : m_json;
}

// ---- Rules --------------------------------------------------------------------------------

namespace {

constexpr int maxActions = 20;
constexpr qint64 maxCap = 1000000;

const QStringList &ruleKeys()
{
    static const QStringList keys = {u"name"_s,
                                     u"trigger"_s,
                                     u"schedule"_s,
                                     u"timezone"_s,
                                     u"conditions"_s,
                                     u"actions"_s,
                                     u"mode"_s,
                                     u"max_parallel"_s,
                                     u"missed_runs"_s,
                                     u"is_active"_s,
                                     u"max_executions_per_day"_s,
                                     u"credit_limit_per_execution"_s};
    return keys;
}

// Kept as they are: the server's bookkeeping.
const QStringList &keptKeys()
{
    static const QStringList keys = {u"id"_s,       u"workspace_id"_s, u"account_id"_s,
                                     u"revision"_s, u"created_at"_s,   u"updated_at"_s};
    return keys;
}

Result<QString> enumValue(const QCborMap &json, const QString &key, const QStringList &allowed,
                          const QString &def)
{
    const QCborValue v = json.value(key);
    if (v.isUndefined())
        return def;
    if (!v.isString() || !allowed.contains(v.toString()))
        return fail(u"must be one of %1, not %2"_s.arg(allowed.join(u", "_s), jsonText(v).left(40)),
                    key);
    return v.toString();
}

Result<int> capValue(const QCborMap &json, const QString &key)
{
    const QCborValue v = json.value(key);
    if (v.isUndefined())
        return 0;
    if (!v.isInteger())
        return fail(u"must be a whole number (0 = no limit), not %1"_s.arg(jsonText(v).left(40)),
                    key);
    if (v.toInteger() < 0)
        return fail(u"cannot be negative (0 = no limit)"_s, key);
    if (v.toInteger() > maxCap)
        return fail(u"at most 1,000,000"_s, key);
    return int(v.toInteger());
}

Result<QCborMap> checkKeys(const QCborValue &v, const QString &path, const QStringList &allowed,
                           const QString &what)
{
    if (!v.isMap())
        return fail(u"required: %1"_s.arg(what), path);
    const QCborMap m = v.toMap();
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        if (!allowed.contains(it.key().toString()))
            return fail(u"unknown key \"%1\"; allowed: %2"_s.arg(it.key().toString().left(60),
                                                                 allowed.join(u", "_s)),
                        keyPath(path, it.key().toString().left(60)));
    return m;
}

} // namespace

Result<Rule> Rule::fromJson(const QCborMap &json)
{
    return fromJson(json, ParseOptions{});
}

Result<Rule> Rule::fromJson(const QCborMap &json, const ParseOptions &options)
{
    for (auto it = json.cbegin(); it != json.cend(); ++it) {
        const QString key = it.key().toString();
        if (!ruleKeys().contains(key) && !keptKeys().contains(key))
            return fail(u"unknown field \"%1\"; a rule has: %2"_s.arg(key.left(60),
                                                                      ruleKeys().join(u", "_s)),
                        key.left(60));
    }
    Rule rule;
    QCborMap out;

    // Bookkeeping the server adds.
    for (const QString &key :
         {u"id"_s, u"workspace_id"_s, u"account_id"_s, u"created_at"_s, u"updated_at"_s}) {
        const QCborValue v = json.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return fail(u"must be a string"_s, key);
    }
    rule.id = json.value(u"id"_s).toString();
    rule.workspaceId = json.value(u"workspace_id"_s).toString();
    if (json.contains(u"id"_s))
        out.insert(u"id"_s, rule.id);
    if (json.contains(u"workspace_id"_s))
        out.insert(u"workspace_id"_s, rule.workspaceId);
    rule.accountId = json.value(u"account_id"_s).toString();
    if (json.contains(u"account_id"_s))
        out.insert(u"account_id"_s, rule.accountId);

    const QCborValue name = json.value(u"name"_s);
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return fail(u"required: a name of 1 to 200 characters"_s, u"name"_s);
    rule.name = name.toString().trimmed();
    if (rule.name.size() > 200)
        return fail(u"at most 200 characters (it has %1)"_s.arg(rule.name.size()), u"name"_s);
    out.insert(u"name"_s, rule.name);

    auto trigger = checkKeys(json.value(u"trigger"_s), u"trigger"_s, {u"type"_s},
                             u"an object such as {\"type\": \"schedule\"}"_s);
    if (!trigger)
        return std::unexpected(trigger.error());
    const QCborValue triggerType = trigger->value(u"type"_s);
    const EventType *event = eventType(triggerType.toString());
    if (!triggerType.isString() || !event)
        return fail(u"unknown trigger %1; use one of %2"_s.arg(
                        triggerType.isUndefined() ? u"(none)"_s : jsonText(triggerType).left(60),
                        names(eventTypes()).join(u", "_s)),
                    u"trigger.type"_s);
    rule.trigger = event->name;
    QCborMap triggerOut;
    triggerOut.insert(u"type"_s, rule.trigger);
    out.insert(u"trigger"_s, triggerOut);

    const bool scheduled = rule.trigger == u"schedule";
    if (scheduled) {
        auto schedule =
            checkKeys(json.value(u"schedule"_s), u"schedule"_s, {u"cron"_s, u"timezone"_s},
                      u"a schedule trigger needs {\"cron\": \"0 9 * * mon\", "
                      u"\"timezone\": \"Europe/Riga\"}"_s);
        if (!schedule)
            return std::unexpected(schedule.error());
        const QCborValue cron = schedule->value(u"cron"_s);
        if (!cron.isString() || cron.toString().trimmed().isEmpty())
            return fail(u"required: a cron expression such as \"0 9 * * mon\""_s,
                        u"schedule.cron"_s);
        const QCborValue tz = schedule->value(u"timezone"_s);
        if (!tz.isString() || tz.toString().isEmpty())
            return fail(u"required: an IANA time zone such as \"Europe/Riga\" or \"UTC\""_s,
                        u"schedule.timezone"_s);
        if (auto zone = CronSchedule::zoneFromId(tz.toString()); !zone)
            return fail(zone.error().message, u"schedule.timezone"_s);
        auto parsed = CronSchedule::parse(cron.toString().trimmed(), tz.toString());
        if (!parsed)
            return fail(parsed.error().toString(), u"schedule.cron"_s);
        rule.schedule = *parsed;
        rule.timeZone = tz.toString();
        QCborMap s;
        s.insert(u"cron"_s, cron.toString().trimmed());
        s.insert(u"timezone"_s, rule.timeZone);
        out.insert(u"schedule"_s, s);
        const QCborValue top = json.value(u"timezone"_s);
        if (!top.isUndefined() && top.toString() != rule.timeZone)
            return fail(
                u"a schedule rule's time zone is schedule.timezone (%1)"_s.arg(rule.timeZone),
                u"timezone"_s);
    } else {
        if (json.contains(u"schedule"_s))
            return fail(
                u"only schedule rules have a schedule (the trigger is %1)"_s.arg(rule.trigger),
                u"schedule"_s);
        const QCborValue tz = json.value(u"timezone"_s);
        if (!tz.isUndefined()) {
            if (!tz.isString())
                return fail(u"must be an IANA time zone such as \"Europe/Riga\""_s, u"timezone"_s);
            if (auto zone = CronSchedule::zoneFromId(tz.toString()); !zone)
                return fail(zone.error().message, u"timezone"_s);
            rule.timeZone = tz.toString();
        }
        out.insert(u"timezone"_s, rule.timeZone);
    }

    auto conditions = Condition::compile(json.value(u"conditions"_s), *event, u"conditions"_s);
    if (!conditions)
        return std::unexpected(conditions.error());
    rule.conditions = std::move(*conditions);
    out.insert(u"conditions"_s, rule.conditions.toJson());

    const QCborValue actions = json.value(u"actions"_s);
    if (!actions.isArray() || actions.toArray().isEmpty())
        return fail(u"required: an array of 1 to %1 actions such as [{\"type\": "
                    u"\"publish_theme\"}]"_s.arg(maxActions),
                    u"actions"_s);
    if (actions.toArray().size() > maxActions)
        return fail(u"at most %1 actions"_s.arg(maxActions), u"actions"_s);
    QCborArray actionsOut;
    const QCborArray list = actions.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = indexPath(u"actions"_s, i);
        if (!list.at(i).isMap())
            return fail(u"an action is an object such as {\"type\": \"publish_theme\"}"_s, path);
        const QCborMap a = list.at(i).toMap();
        const QCborValue type = a.value(u"type"_s);
        const ActionType *spec = actionType(type.toString());
        if (!type.isString() || !spec)
            return fail(u"unknown action %1; use one of %2"_s.arg(
                            type.isUndefined() ? u"(none)"_s : jsonText(type).left(60),
                            names(actionTypes()).join(u", "_s)),
                        keyPath(path, u"type"_s));
        if (spec->adminOnly && !options.allowAdminActions)
            return fail(u"%1 is an administrator's action: only an administrator can save a "
                        u"rule with it"_s.arg(spec->name),
                        keyPath(path, u"type"_s));
        Action action;
        action.type = spec->name;
        action.spec = spec;
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            const QString key = it.key().toString();
            if (key == u"type")
                continue;
            const auto param = std::find_if(spec->params.cbegin(), spec->params.cend(),
                                            [&](const ActionParam &p) { return p.name == key; });
            if (param == spec->params.cend())
                return fail(spec->params.isEmpty()
                                ? u"unknown parameter \"%1\": %2 takes no parameters"_s.arg(
                                      key.left(60), spec->name)
                                : u"unknown parameter \"%1\" of %2; it takes: %3"_s.arg(
                                      key.left(60), spec->name, names(spec->params).join(u", "_s)),
                            keyPath(path, key.left(60)));
            if (!hasType(it.value(), param->type))
                return fail(u"must be %1, not %2"_s.arg(withArticle(fieldTypeName(param->type)),
                                                        jsonText(it.value()).left(60)),
                            keyPath(path, key));
        }
        for (const ActionParam &p : spec->params) {
            if (p.required && !a.contains(p.name))
                return fail(u"required: %1"_s.arg(p.description), keyPath(path, p.name));
            if (a.contains(p.name))
                action.params.insert(p.name, a.value(p.name));
        }
        if (auto r = checkParams(*spec, action.params, path); !r)
            return std::unexpected(r.error());
        // Normalized: type first, then the parameters in the catalogue's order.
        QCborMap normalized;
        normalized.insert(u"type"_s, action.type);
        QCborMap ordered;
        for (const ActionParam &p : spec->params)
            if (action.params.contains(p.name)) {
                normalized.insert(p.name, action.params.value(p.name));
                ordered.insert(p.name, action.params.value(p.name));
            }
        action.params = ordered;
        actionsOut.append(normalized);
        rule.actions.append(action);
    }
    out.insert(u"actions"_s, actionsOut);

    auto mode = enumValue(json, u"mode"_s, {u"single"_s, u"queued"_s, u"parallel"_s}, u"single"_s);
    if (!mode)
        return std::unexpected(mode.error());
    rule.mode = *mode == u"queued"     ? Mode::Queued
                : *mode == u"parallel" ? Mode::Parallel
                                       : Mode::Single;
    const QCborValue maxParallel = json.value(u"max_parallel"_s);
    if (!maxParallel.isUndefined()) {
        if (!maxParallel.isInteger() || maxParallel.toInteger() < 1 || maxParallel.toInteger() > 16)
            return fail(u"must be a whole number from 1 to 16"_s, u"max_parallel"_s);
        if (rule.mode != Mode::Parallel && maxParallel.toInteger() != 1)
            return fail(u"only for mode \"parallel\" (the mode is \"%1\")"_s.arg(*mode),
                        u"max_parallel"_s);
        rule.maxParallel = int(maxParallel.toInteger());
    } else {
        rule.maxParallel = rule.mode == Mode::Parallel ? 4 : 1;
    }
    out.insert(u"mode"_s, *mode);
    out.insert(u"max_parallel"_s, rule.maxParallel);

    auto missed =
        enumValue(json, u"missed_runs"_s, {u"skip"_s, u"run_once"_s, u"run_all"_s}, u"run_once"_s);
    if (!missed)
        return std::unexpected(missed.error());
    rule.missedRuns = *missed == u"skip"      ? MissedRuns::Skip
                      : *missed == u"run_all" ? MissedRuns::RunAll
                                              : MissedRuns::RunOnce;
    out.insert(u"missed_runs"_s, *missed);

    const QCborValue active = json.value(u"is_active"_s);
    if (!active.isUndefined() && !active.isBool())
        return fail(u"must be true or false"_s, u"is_active"_s);
    rule.isActive = active.isUndefined() || active.toBool();
    out.insert(u"is_active"_s, rule.isActive);

    auto perDay = capValue(json, u"max_executions_per_day"_s);
    if (!perDay)
        return std::unexpected(perDay.error());
    rule.maxExecutionsPerDay = *perDay;
    auto credits = capValue(json, u"credit_limit_per_execution"_s);
    if (!credits)
        return std::unexpected(credits.error());
    rule.creditLimitPerExecution = *credits;
    out.insert(u"max_executions_per_day"_s, rule.maxExecutionsPerDay);
    out.insert(u"credit_limit_per_execution"_s, rule.creditLimitPerExecution);

    const QCborValue revision = json.value(u"revision"_s);
    if (!revision.isUndefined()) {
        if (!revision.isInteger())
            return fail(u"must be a whole number"_s, u"revision"_s);
        out.insert(u"revision"_s, revision);
    }
    for (const QString &key : {u"created_at"_s, u"updated_at"_s})
        if (json.contains(key))
            out.insert(key, json.value(key));
    rule.json = out;
    return rule;
}

int Rule::creditCost() const
{
    int cost = 0;
    for (const Action &a : actions)
        if (const ActionType *spec = a.spec ? a.spec : actionType(a.type))
            cost += spec->creditCost;
    return cost;
}

QStringList Rule::emittedEvents() const
{
    QStringList out;
    for (const Action &a : actions)
        if (const ActionType *spec = a.spec ? a.spec : actionType(a.type))
            for (const QString &e : spec->emits)
                if (!out.contains(e))
                    out << e;
    return out;
}

bool Rule::hasDesktopActions() const
{
    return std::any_of(actions.cbegin(), actions.cend(), [](const Action &a) {
        const ActionType *spec = a.spec ? a.spec : actionType(a.type);
        return spec && spec->site == ActionSite::Desktop;
    });
}

bool Rule::hasServerActions() const
{
    return std::any_of(actions.cbegin(), actions.cend(), [](const Action &a) {
        const ActionType *spec = a.spec ? a.spec : actionType(a.type);
        return spec && spec->site == ActionSite::Server;
    });
}

QString Rule::dayKey(qint64 secs) const
{
    QTimeZone zone;
    if (schedule)
        zone = schedule->timeZone();
    else if (auto z = CronSchedule::zoneFromId(timeZone))
        zone = *z;
    else
        zone = QTimeZone::utc();
    return QDateTime::fromSecsSinceEpoch(secs, zone).date().toString(u"yyyy-MM-dd"_s);
}

// ---- Loops --------------------------------------------------------------------------------

// The graph is conservative: an edge A -> B exists when one of A's actions CAN emit B's trigger
// and the two rules can see each other's events, whatever their conditions say. Conditions depend
// on payload values the engine cannot predict at save time (a deployment_failed rule whose
// condition is `kind ne "rollback"` still loops if the rollback's own deployment is recorded with
// another kind), so a loop that conditions would break in practice is still refused; the run-time
// depth cut (maxChainDepth) is the second line of defence.
Result<void> checkLoops(const QList<Rule> &rules)
{
    const qsizetype n = rules.size();
    // trigger -> rule indexes
    QHash<QString, std::vector<int>> byTrigger;
    for (qsizetype i = 0; i < n; ++i)
        byTrigger[rules[i].trigger].push_back(int(i));
    auto reaches = [&](const Rule &a, const Rule &b) {
        if (!a.accountId.isEmpty() && !b.accountId.isEmpty() && a.accountId != b.accountId)
            return false; // two accounts' rules never see each other's events
        return a.workspaceId.isEmpty() || b.workspaceId.isEmpty() || a.workspaceId == b.workspaceId;
    };
    // Edges with the action that causes them.
    struct Edge
    {
        int to;
        QString action;
        QString event;
    };
    std::vector<std::vector<Edge>> edges(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        const Rule &a = rules[i];
        for (const Action &act : a.actions) {
            const ActionType *spec = act.spec ? act.spec : actionType(act.type);
            if (!spec)
                continue;
            for (const QString &e : spec->emits) {
                const auto it = byTrigger.constFind(e);
                if (it == byTrigger.cend())
                    continue;
                for (int j : *it)
                    if (reaches(a, rules[j]))
                        edges[size_t(i)].push_back({j, spec->name, e});
            }
        }
    }
    auto label = [&](int i) { return u"rule \"%1\""_s.arg(rules[i].name); };
    // Iterative DFS with colours; a grey target closes a cycle.
    std::vector<int> colour(static_cast<size_t>(n), 0); // 0 white, 1 grey, 2 black
    std::vector<int> parent(size_t(n), -1);
    std::vector<const Edge *> via(size_t(n), nullptr);
    for (qsizetype start = 0; start < n; ++start) {
        if (colour[size_t(start)])
            continue;
        std::vector<std::pair<int, size_t>> stack = {{int(start), 0}};
        colour[size_t(start)] = 1;
        while (!stack.empty()) {
            auto &[node, next] = stack.back();
            if (next >= edges[size_t(node)].size()) {
                colour[size_t(node)] = 2;
                stack.pop_back();
                continue;
            }
            const Edge &e = edges[size_t(node)][next++];
            if (colour[size_t(e.to)] == 1) {
                // The cycle: e.to ... node -> e.to.
                std::vector<std::pair<int, const Edge *>> cycle;
                for (int k = node; k != e.to; k = parent[size_t(k)])
                    cycle.push_back({k, via[size_t(k)]});
                std::reverse(cycle.begin(), cycle.end());
                QStringList chain = {label(e.to)};
                QStringList why;
                int from = e.to;
                for (const auto &[k, edge] : cycle) {
                    chain << label(k);
                    why << u"%1's %2 action emits %3"_s.arg(quoted(rules[from].name), edge->action,
                                                            edge->event);
                    from = k;
                }
                chain << label(e.to);
                why << u"%1's %2 action emits %3"_s.arg(quoted(rules[from].name), e.action,
                                                        e.event);
                if (node == e.to)
                    return fail(u"%1 can trigger itself: %2 → %1 (its %3 action emits %4, its "
                                u"own trigger)"_s.arg(label(node), label(node), e.action, e.event),
                                u"actions"_s);
                return fail(u"these rules trigger each other in a loop: %1 (%2)"_s.arg(
                                chain.join(u" → "_s), why.join(u"; "_s)),
                            u"actions"_s);
            }
            if (colour[size_t(e.to)] == 0) {
                colour[size_t(e.to)] = 1;
                parent[size_t(e.to)] = node;
                via[size_t(e.to)] = &e;
                stack.push_back({e.to, 0});
            }
        }
    }
    return {};
}

// ---- Runs ---------------------------------------------------------------------------------

QString runStatusName(RunStatus s)
{
    switch (s) {
    case RunStatus::Succeeded:
        return u"succeeded"_s;
    case RunStatus::Failed:
        return u"failed"_s;
    case RunStatus::Skipped:
        return u"skipped"_s;
    case RunStatus::NotMatched:
        return u"not_matched"_s;
    case RunStatus::DryRun:
        return u"dry_run"_s;
    }
    return {};
}

namespace {

RunStatus runStatusFromName(const QString &s)
{
    for (RunStatus st : {RunStatus::Succeeded, RunStatus::Failed, RunStatus::Skipped,
                         RunStatus::NotMatched, RunStatus::DryRun})
        if (runStatusName(st) == s)
            return st;
    return RunStatus::NotMatched;
}

} // namespace

QCborMap Event::toJson() const
{
    const Event &e = *this;
    QCborMap m;
    m.insert(u"type"_s, e.type);
    if (!e.id.isEmpty())
        m.insert(u"id"_s, e.id);
    m.insert(u"workspace_id"_s, e.workspaceId);
    if (!e.accountId.isEmpty())
        m.insert(u"account_id"_s, e.accountId);
    m.insert(u"depth"_s, e.depth);
    if (!e.causedByRunId.isEmpty())
        m.insert(u"caused_by_run_id"_s, e.causedByRunId);
    if (e.slot)
        m.insert(u"slot"_s, e.slot);
    if (e.atMSecs)
        m.insert(u"at_ms"_s, e.atMSecs);
    if (e.siteRulesOnly)
        m.insert(u"site_rules_only"_s, true);
    m.insert(u"payload"_s, e.payload);
    return m;
}

Event Event::fromJson(const QCborMap &m)
{
    Event e;
    e.type = m.value(u"type"_s).toString();
    e.id = m.value(u"id"_s).toString();
    e.workspaceId = m.value(u"workspace_id"_s).toString();
    e.accountId = m.value(u"account_id"_s).toString();
    e.depth = int(m.value(u"depth"_s).toInteger());
    e.causedByRunId = m.value(u"caused_by_run_id"_s).toString();
    e.slot = m.value(u"slot"_s).toInteger();
    e.atMSecs = m.value(u"at_ms"_s).toInteger();
    e.siteRulesOnly = m.value(u"site_rules_only"_s).toBool();
    e.payload = m.value(u"payload"_s).toMap();
    return e;
}

QCborMap RunTrace::toJson() const
{
    QCborMap m;
    m.insert(u"rule_id"_s, ruleId);
    m.insert(u"rule_name"_s, ruleName);
    m.insert(u"status"_s, runStatusName(status));
    m.insert(u"reason"_s, reason);
    m.insert(u"event"_s, event.toJson());
    QCborArray conds;
    for (const Condition::Step &s : conditions) {
        QCborMap c;
        c.insert(u"path"_s, s.path);
        c.insert(u"description"_s, s.description);
        c.insert(u"result"_s, s.result);
        conds.append(c);
    }
    m.insert(u"conditions"_s, conds);
    QCborArray acts;
    for (const ActionStep &s : actions) {
        QCborMap a;
        a.insert(u"type"_s, s.type);
        a.insert(u"ok"_s, s.ok);
        a.insert(u"message"_s, s.message);
        a.insert(u"duration_ms"_s, s.durationMs);
        a.insert(u"output"_s, s.output);
        acts.append(a);
    }
    m.insert(u"actions"_s, acts);
    m.insert(u"credits"_s, credits);
    QCborArray em;
    for (const Event &e : emitted)
        em.append(e.toJson());
    m.insert(u"emitted"_s, em);
    return m;
}

RunTrace RunTrace::fromJson(const QCborMap &json)
{
    RunTrace t;
    t.ruleId = json.value(u"rule_id"_s).toString();
    t.ruleName = json.value(u"rule_name"_s).toString();
    t.status = runStatusFromName(json.value(u"status"_s).toString());
    t.reason = json.value(u"reason"_s).toString();
    t.event = Event::fromJson(json.value(u"event"_s).toMap());
    for (const QCborValue &v : json.value(u"conditions"_s).toArray()) {
        const QCborMap c = v.toMap();
        t.conditions.append({c.value(u"path"_s).toString(), c.value(u"description"_s).toString(),
                             c.value(u"result"_s).toBool()});
    }
    for (const QCborValue &v : json.value(u"actions"_s).toArray()) {
        const QCborMap a = v.toMap();
        ActionStep s;
        s.type = a.value(u"type"_s).toString();
        s.ok = a.value(u"ok"_s).toBool();
        s.message = a.value(u"message"_s).toString();
        s.durationMs = a.value(u"duration_ms"_s).toInteger();
        s.output = a.value(u"output"_s).toMap();
        t.actions.append(s);
    }
    t.credits = int(json.value(u"credits"_s).toInteger());
    for (const QCborValue &v : json.value(u"emitted"_s).toArray())
        t.emitted.append(Event::fromJson(v.toMap()));
    return t;
}

RunTrace skipRun(const Rule &rule, const Event &event, const QString &reason)
{
    RunTrace t;
    t.ruleId = rule.id;
    t.ruleName = rule.name;
    t.event = event;
    t.status = RunStatus::Skipped;
    t.reason = reason;
    return t;
}

RunTrace runRule(const Rule &rule, const Event &event, ActionExecutor &executor, bool dryRun)
{
    if (event.depth > maxChainDepth)
        return skipRun(rule, event, u"chain deeper than %1 rules: cut"_s.arg(maxChainDepth));
    const int cost = rule.creditCost();
    if (rule.creditLimitPerExecution > 0 && cost > rule.creditLimitPerExecution)
        return skipRun(
            rule, event,
            u"needs %1 credits, the limit is %2"_s.arg(cost).arg(rule.creditLimitPerExecution));
    RunTrace t;
    t.ruleId = rule.id;
    t.ruleName = rule.name;
    t.event = event;
    if (!rule.conditions.evaluate(event.payload, t.conditions)) {
        t.status = RunStatus::NotMatched;
        return t;
    }
    t.status = dryRun ? RunStatus::DryRun : RunStatus::Succeeded;
    for (qsizetype i = 0; i < rule.actions.size(); ++i) {
        const Action &action = rule.actions[i];
        QElapsedTimer timer;
        timer.start();
        ActionResult r = executor.execute(rule, action, event, dryRun);
        RunTrace::ActionStep step;
        step.type = action.type;
        step.ok = r.ok;
        step.message = r.message;
        step.durationMs = timer.elapsed();
        step.output = r.output;
        t.actions.append(step);
        if (const ActionType *spec = action.spec ? action.spec : actionType(action.type))
            t.credits += spec->creditCost;
        for (Event e : r.emitted) {
            e.depth = event.depth + 1;
            t.emitted.append(e);
        }
        if (!r.ok) {
            t.status = RunStatus::Failed;
            t.reason =
                u"action %1 (%2) failed: %3"_s.arg(QString::number(i + 1), action.type, r.message);
            break;
        }
    }
    return t;
}

// ---- The index ----------------------------------------------------------------------------

// The compiled conditions of the active rules, copied one after another into one array in rule
// order, so that match() reads them sequentially instead of following three pointers per rule
// into scattered heap blocks (the difference between ~1.3 and ~0.4 us per rule with 10,000
// rules). The cold data stays in the rules' own Condition::Node (m_rules keeps it alive).
// Identical leaves (same field, operator and value) get one id: when an event has many candidate
// rules, each distinct leaf is evaluated once (rules made from the same template, "account_tier
// eq pro" in hundreds of rules).
struct RuleIndex::Arena
{
    std::vector<Condition::Node::Flat> flat;
    std::vector<qint32> leaf; // per flat node: its leaf id, -1 for groups
    qint32 leafCount = 0;
    std::vector<qint32> offset; // per rule index; -1: no conditions (or inactive)
    std::vector<const Condition::Node::Cold *> cold;
    std::vector<const EventType *> event;
};

namespace {

// The index's workspace key: a site's rules by its id; account-wide rules by "\x01" + account
// (never a UUID, so they cannot collide).
QString bucketKey(const QString &workspaceId, const QString &accountId)
{
    return workspaceId.isEmpty() ? QStringLiteral("\x01") + accountId : workspaceId;
}

} // namespace

void RuleIndex::setRules(QList<Rule> rules)
{
    m_rules = std::move(rules);
    m_byTrigger.clear();
    m_byId.clear();
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const Rule &r = m_rules[i];
        if (!r.id.isEmpty())
            m_byId.insert(r.id, int(i));
        if (r.isActive)
            m_byTrigger[r.trigger][bucketKey(r.workspaceId, r.accountId)].push_back(int(i));
    }
    auto arena = std::make_shared<Arena>();
    arena->offset.assign(size_t(m_rules.size()), -1);
    arena->cold.assign(size_t(m_rules.size()), nullptr);
    arena->event.assign(size_t(m_rules.size()), nullptr);
    QHash<QString, qint32> leafIds;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const Rule &r = m_rules[i];
        const auto &program = r.conditions.m_root;
        if (!r.isActive || !program)
            continue;
        arena->offset[size_t(i)] = qint32(arena->flat.size());
        arena->cold[size_t(i)] = program->cold.data();
        arena->event[size_t(i)] = r.conditions.m_event;
        arena->flat.insert(arena->flat.end(), program->flat.begin(), program->flat.end());
        for (size_t k = 0; k < program->flat.size(); ++k) {
            if (program->flat[k].kind != TreeNode::Leaf) {
                arena->leaf.push_back(-1);
                continue;
            }
            const auto id = leafIds.constFind(program->cold[k].key);
            if (id != leafIds.cend()) {
                arena->leaf.push_back(*id);
            } else {
                leafIds.insert(program->cold[k].key, arena->leafCount);
                arena->leaf.push_back(arena->leafCount++);
            }
        }
    }
    m_arena = std::move(arena);
}

const Rule *RuleIndex::rule(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_rules[*it];
}

QList<const Rule *> RuleIndex::match(const Event &event) const
{
    QList<const Rule *> out;
    const auto byWs = m_byTrigger.constFind(event.type);
    const EventType *type = eventType(event.type);
    if (byWs == m_byTrigger.cend() || !type)
        return out;
    static const std::vector<int> none;
    auto bucket = [&](const QString &ws) -> const std::vector<int> & {
        const auto it = byWs->constFind(ws);
        return it == byWs->cend() ? none : *it;
    };
    const std::vector<int> &own = event.workspaceId.isEmpty() ? none : bucket(event.workspaceId);
    // Account-wide rules: only the event's account's (multi-tenancy: sitehostd holds every
    // account's rules in one index).
    const std::vector<int> &wide =
        event.siteRulesOnly ? none : bucket(bucketKey(QString(), event.accountId));
    if (own.empty() && wide.empty())
        return out;
    const Arena &arena = *m_arena;
    // The payload's fields are looked up and converted once for all the rules.
    const ResolvedPayload payload = ResolvedPayload::resolve(*type, event.payload);
    // With many candidates, a memo of leaf results (see Arena); with a few, not worth its memset.
    std::vector<qint8> memo;
    const bool useMemo = own.size() + wide.size() > 64;
    if (useMemo)
        memo.assign(size_t(arena.leafCount), -1);
    // Both buckets are in rule order: merge them so the result is too.
    size_t a = 0, b = 0;
    while (a < own.size() || b < wide.size()) {
        int i;
        if (b >= wide.size() || (a < own.size() && own[a] < wide[b]))
            i = own[a++];
        else
            i = wide[b++];
        const qint32 at = arena.offset[size_t(i)];
        if (at < 0 ||
            (arena.event[size_t(i)] == payload.event &&
             (useMemo ? evalMemo(arena.flat.data() + at, arena.cold[size_t(i)],
                                 arena.leaf.data() + at, 0, payload, memo)
                      : evalAt(arena.flat.data() + at, arena.cold[size_t(i)], 0, payload))))
            out.append(&m_rules[i]);
    }
    return out;
}

QList<const Rule *> RuleIndex::scheduled() const
{
    QList<const Rule *> out;
    const auto byWs = m_byTrigger.constFind(u"schedule"_s);
    if (byWs == m_byTrigger.cend())
        return out;
    std::vector<int> all;
    for (const std::vector<int> &v : *byWs)
        all.insert(all.end(), v.begin(), v.end());
    std::sort(all.begin(), all.end());
    for (int i : all)
        out.append(&m_rules[i]);
    return out;
}

// ---- Sample payloads ----------------------------------------------------------------------

QCborMap samplePayload(const QString &eventName, const QString &workspaceId)
{
    const EventType *type = eventType(eventName);
    if (!type)
        return {};
    QCborMap p;
    p.insert(u"workspace_id"_s, workspaceId);
    p.insert(u"occurred_at"_s, u"2026-11-23T07:00:00Z"_s);
    p.insert(u"account_tier"_s, u"pro"_s);
    const QString name = type->name;
    if (name == u"schedule") {
        p.insert(u"slot"_s, u"2026-11-23T07:00:00Z"_s);
        p.insert(u"cron"_s, u"0 9 * * mon"_s);
        p.insert(u"timezone"_s, u"Europe/Riga"_s);
    } else if (name == u"site_created") {
        p.insert(u"name"_s, u"Riverside Bakery"_s);
        p.insert(u"slug"_s, u"riverside-bakery"_s);
        p.insert(u"type"_s, u"business"_s);
        p.insert(u"tier"_s, u"basic"_s);
    } else if (name == u"theme_saved") {
        p.insert(u"customization_id"_s, u"c-5b1e0f2a"_s);
        p.insert(u"theme"_s, u"studio"_s);
        p.insert(u"revision"_s, 12);
        p.insert(u"pages"_s, 6);
        p.insert(u"changed_pages"_s, QCborArray{u"index"_s, u"menu"_s});
    } else if (name == u"theme_published") {
        p.insert(u"customization_id"_s, u"c-5b1e0f2a"_s);
        p.insert(u"theme"_s, u"studio"_s);
        p.insert(u"revision"_s, 12);
        p.insert(u"subdomain"_s, u"riverside-bakery"_s);
        p.insert(u"url"_s, u"https://riverside-bakery.sitestudio.app/"_s);
    } else if (name == u"deployment_succeeded" || name == u"deployment_failed") {
        const bool ok = name == u"deployment_succeeded";
        p.insert(u"deployment_id"_s, u"d-8c41a7e3"_s);
        p.insert(u"kind"_s, u"publish"_s);
        p.insert(u"status"_s, ok ? u"succeeded"_s : u"failed"_s);
        p.insert(u"subdomain"_s, u"riverside-bakery"_s);
        p.insert(u"error"_s, ok ? QString()
                                : u"render failed: page \"menu\": unknown block type "
                                  u"\"Carousel\""_s);
        p.insert(u"duration_ms"_s, ok ? 1840 : 950);
    } else if (name == u"tier_changed") {
        p.insert(u"from_tier"_s, u"basic"_s);
        p.insert(u"to_tier"_s, u"pro"_s);
    } else if (name == u"sync_conflict") {
        p.insert(u"entity_type"_s, u"page"_s);
        p.insert(u"entity_id"_s, u"menu"_s);
        p.insert(u"conflicts"_s, 2);
    } else if (name == u"asset_uploaded") {
        p.insert(u"sha256"_s,
                 u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s);
        p.insert(u"size"_s, 48213);
        p.insert(u"mime"_s, u"image/jpeg"_s);
        p.insert(u"name"_s, u"storefront.jpg"_s);
    }
    return p;
}

} // namespace ss::automation
