#include "domainverifier.h"

#include <QHostInfo>
#include <QTcpSocket>

namespace ss::server {

Result<void> HttpDomainVerifier::verify(const QString &domain, const QString &token)
{
    QString host = domain;
    quint16 port = 80;
    if (auto it = m_overrides.constFind(domain); it != m_overrides.constEnd()) {
        const qsizetype colon = it->lastIndexOf(QLatin1Char(':'));
        host = it->left(colon);
        port = quint16(it->mid(colon + 1).toUInt());
    }
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(m_timeoutMs))
        return fail(
            QStringLiteral("cannot connect to %1 (does the domain point at this server?): %2")
                .arg(domain, socket.errorString()));
    const QByteArray request = "GET /.well-known/sitestudio-verify/" + token.toLatin1() +
                               " HTTP/1.1\r\nHost: " + domain.toLatin1() +
                               "\r\nConnection: close\r\nUser-Agent: sitehostd-verifier\r\n\r\n";
    socket.write(request);
    QByteArray response;
    while (socket.state() == QAbstractSocket::ConnectedState && response.size() < 65536) {
        if (!socket.waitForReadyRead(m_timeoutMs))
            break;
        response += socket.readAll();
    }
    response += socket.readAll();
    const qsizetype split = response.indexOf("\r\n\r\n");
    if (!response.startsWith("HTTP/1.") || split < 0)
        return fail(QStringLiteral("%1 did not answer HTTP").arg(domain));
    const QByteArray status = response.mid(9, 3);
    if (status != "200")
        return fail(QStringLiteral("%1 answered %2 for the verification file")
                        .arg(domain, QString::fromLatin1(status)));
    if (response.mid(split + 4).trimmed() != token.toLatin1())
        return fail(QStringLiteral("%1 served a different verification token").arg(domain));
    return {};
}

} // namespace ss::server
