#pragma once

#include "result.h"

#include <QHash>
#include <QString>

namespace ss::server {

// Proves control of a custom domain. The HTTP check fetches
// http://<domain>/.well-known/sitestudio-verify/<token> and expects the token back (sitehostd
// serves it once the domain points here); a DNS TXT check can be added behind the same interface.
class DomainVerifier
{
public:
    virtual ~DomainVerifier() = default;
    virtual Result<void> verify(const QString &domain, const QString &token) = 0;
};

class HttpDomainVerifier : public DomainVerifier
{
public:
    // overrides: "domain" -> "address:port" (like curl --resolve), for operators behind split DNS
    // and for tests.
    explicit HttpDomainVerifier(QHash<QString, QString> overrides = {}, int timeoutMs = 5000)
        : m_overrides(std::move(overrides))
        , m_timeoutMs(timeoutMs)
    {}
    Result<void> verify(const QString &domain, const QString &token) override;

private:
    QHash<QString, QString> m_overrides;
    int m_timeoutMs;
};

} // namespace ss::server
