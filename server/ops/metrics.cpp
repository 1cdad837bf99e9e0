#include "metrics.h"

namespace ss::server {

void Metrics::recordRequest(int status, double seconds)
{
    const int cls = status / 100;
    if (cls >= 1 && cls <= 5)
        m_requests[size_t(cls - 1)].fetch_add(1, std::memory_order_relaxed);
    for (size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i])
            m_buckets[i].fetch_add(1, std::memory_order_relaxed);
    m_count.fetch_add(1, std::memory_order_relaxed);
    m_sumMicros.fetch_add(quint64(seconds * 1e6), std::memory_order_relaxed);
}

QByteArray Metrics::render() const
{
    QByteArray out;
    out += "# HELP sitehostd_requests_total HTTP requests answered, by status class.\n"
           "# TYPE sitehostd_requests_total counter\n";
    for (size_t i = 0; i < m_requests.size(); ++i)
        out += "sitehostd_requests_total{code=\"" + QByteArray::number(int(i) + 1) + "xx\"} " +
               QByteArray::number(m_requests[i].load(std::memory_order_relaxed)) + '\n';
    out += "# HELP sitehostd_request_duration_seconds Time from a request's last byte to its "
           "answer.\n# TYPE sitehostd_request_duration_seconds histogram\n";
    for (size_t i = 0; i < kBuckets.size(); ++i)
        out += "sitehostd_request_duration_seconds_bucket{le=\"" +
               QByteArray::number(kBuckets[i], 'g', 6) + "\"} " +
               QByteArray::number(m_buckets[i].load(std::memory_order_relaxed)) + '\n';
    const quint64 count = m_count.load(std::memory_order_relaxed);
    out += "sitehostd_request_duration_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(count) +
           '\n';
    out += "sitehostd_request_duration_seconds_sum " +
           QByteArray::number(double(m_sumMicros.load(std::memory_order_relaxed)) / 1e6, 'f', 6) +
           '\n';
    out += "sitehostd_request_duration_seconds_count " + QByteArray::number(count) + '\n';
    out += "# HELP sitehostd_publishes_total Customizations that went live (publish, rollback, "
           "automation).\n# TYPE sitehostd_publishes_total counter\n"
           "sitehostd_publishes_total " +
           QByteArray::number(m_publishes.load(std::memory_order_relaxed)) + '\n';
    for (const Gauge &g : m_gauges) {
        out += "# HELP " + g.name + ' ' + g.help + "\n# TYPE " + g.name + " gauge\n";
        out += g.name + ' ' + QByteArray::number(g.value ? g.value() : 0.0, 'g', 12) + '\n';
    }
    return out;
}

} // namespace ss::server
