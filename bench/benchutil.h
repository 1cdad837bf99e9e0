#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QFile>
#include <QString>

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <vector>

namespace ss::bench {

inline double nowMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Bytes currently allocated on the heap (glibc), in MB: unlike RSS it is not hidden by reuse of
// memory freed earlier.
inline double heapMb()
{
    return double(mallinfo2().uordblks) / (1024 * 1024);
}

// Resident set size in MB (Linux).
inline double rssMb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toDouble() * 4096 / (1024 * 1024) : 0;
}

// A realistic block of the studio theme: i picks the component.
inline QCborMap block(const QString &id, int i)
{
    QCborMap props;
    props.insert(QStringLiteral("id"), id);
    QString type;
    switch (i % 5) {
    case 0:
        type = QStringLiteral("Heading");
        props.insert(QStringLiteral("text"), QStringLiteral("Section heading number %1").arg(i));
        props.insert(QStringLiteral("level"), QStringLiteral("2"));
        props.insert(QStringLiteral("size"), QStringLiteral("xl"));
        break;
    case 1:
        type = QStringLiteral("Text");
        props.insert(
            QStringLiteral("text"),
            QStringLiteral(
                "Paragraph %1: we bake every loaf by hand before sunrise, with flour from the mill "
                "down the road & butter from the farm next door. <Fresh> every day.")
                .arg(i));
        break;
    case 2: {
        type = QStringLiteral("Card");
        props.insert(QStringLiteral("title"), QStringLiteral("Card %1").arg(i));
        props.insert(QStringLiteral("description"),
                     QStringLiteral("A short description of what this card offers."));
        props.insert(QStringLiteral("icon"), QStringLiteral("zap"));
        props.insert(QStringLiteral("mode"), QStringLiteral("card"));
        break;
    }
    case 3:
        type = QStringLiteral("Button");
        props.insert(QStringLiteral("label"), QStringLiteral("Order now"));
        props.insert(QStringLiteral("href"), QStringLiteral("/order"));
        props.insert(QStringLiteral("variant"), QStringLiteral("primary"));
        break;
    default: {
        type = QStringLiteral("FAQ");
        props.insert(QStringLiteral("title"), QStringLiteral("Questions"));
        QCborArray items;
        for (int k = 0; k < 2; ++k) {
            QCborMap item;
            item.insert(QStringLiteral("question"),
                        QStringLiteral("Do you deliver on day %1?").arg(k));
            item.insert(QStringLiteral("answer"),
                        QStringLiteral("Yes, **every** morning before 9:00."));
            items.append(item);
        }
        props.insert(QStringLiteral("items"), items);
    }
    }
    QCborMap item;
    item.insert(QStringLiteral("type"), type);
    item.insert(QStringLiteral("props"), props);
    return item;
}

// Puck data of a `blocks`-block page: grids of 19 blocks each (nested slots), ids "grid-N" for
// the grids and "b-N" for the blocks in them (multiples of 20 are grids).
inline QCborMap bigPageData(int blocks)
{
    QCborArray content;
    int n = 0;
    while (n < blocks) {
        QCborMap grid;
        grid.insert(QStringLiteral("type"), QStringLiteral("Grid"));
        QCborMap props;
        props.insert(QStringLiteral("id"), QStringLiteral("grid-%1").arg(n++));
        props.insert(QStringLiteral("numColumns"), 3);
        QCborArray items;
        for (int k = 0; k < 19 && n < blocks; ++k, ++n)
            items.append(block(QStringLiteral("b-%1").arg(n), n));
        props.insert(QStringLiteral("items"), items);
        grid.insert(QStringLiteral("props"), props);
        content.append(grid);
    }
    QCborMap data;
    data.insert(QStringLiteral("content"), content);
    return data;
}

} // namespace ss::bench
