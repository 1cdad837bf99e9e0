#pragma once

// Prometheus metrics of one sitehostd (issue 7, "Operations"), served on a separate listen
// address (--metrics-listen) so they never leave the machine or the private network by accident.
// Counters are lock-free (request threads, the automation thread); gauges are read when scraped.

#include <QByteArray>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <vector>

namespace ss::server {

class Metrics
{
public:
    // Request latency buckets (seconds), the Prometheus default set.
    static constexpr std::array<double, 11> kBuckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                        0.5,   1,    2.5,   5,    10};

    // One answered request: its status and how long it took.
    void recordRequest(int status, double seconds);
    // A customization went live (API publish, rollback, or an automation action).
    void recordPublish() { m_publishes.fetch_add(1, std::memory_order_relaxed); }

    // Gauges read at scrape time: name, help, value.
    struct Gauge
    {
        QByteArray name;
        QByteArray help;
        std::function<double()> value;
    };
    void addGauge(Gauge gauge) { m_gauges.push_back(std::move(gauge)); }

    // The text exposition format (version 0.0.4).
    QByteArray render() const;

private:
    // Per status class 1xx..5xx.
    std::array<std::atomic<quint64>, 5> m_requests{};
    std::array<std::atomic<quint64>, kBuckets.size()> m_buckets{};
    std::atomic<quint64> m_count{0};
    std::atomic<quint64> m_sumMicros{0};
    std::atomic<quint64> m_publishes{0};
    std::vector<Gauge> m_gauges; // set up before serving; read-only afterwards
};

} // namespace ss::server
