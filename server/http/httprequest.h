#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace ss::http {

struct Request
{
    QByteArray method; // "GET"
    QByteArray target; // "/api/v1/workspaces?x=1" as sent
    QString path;      // percent-decoded path
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lowercased
    QByteArray body;
    QHostAddress peer;
    QString requestId;
    QStringList pathParams; // filled by the router

    QByteArray header(const QByteArray &lowercaseName) const
    {
        for (const auto &h : headers)
            if (h.first == lowercaseName)
                return h.second;
        return {};
    }
    bool hasHeader(const QByteArray &lowercaseName) const
    {
        for (const auto &h : headers)
            if (h.first == lowercaseName)
                return true;
        return false;
    }
    // Host without port, lowercase.
    QString host() const;
};

struct Response
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool closeConnection = false;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    static QByteArray reason(int status);
};

} // namespace ss::http
