#include "serveraddress.h"

#include <QCoreApplication>
#include <QUrl>

namespace Podium {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString decoded(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// Percent-encodes what would otherwise end a part of the address early.
QString encoded(const QString &part, const QByteArray &keep = {})
{
    return QString::fromUtf8(QUrl::toPercentEncoding(part, keep));
}

} // namespace

bool ServerAddress::isServerAddress(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1StringView("postgresql://"), Qt::CaseInsensitive) ||
           t.startsWith(QLatin1StringView("postgres://"), Qt::CaseInsensitive);
}

const QStringList &ServerAddress::sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

std::optional<ServerAddress> ServerAddress::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    QStringView rest(text);
    if (rest.startsWith(QLatin1StringView("postgresql://"), Qt::CaseInsensitive))
        rest = rest.mid(13);
    else if (rest.startsWith(QLatin1StringView("postgres://"), Qt::CaseInsensitive))
        rest = rest.mid(11);
    else {
        fail(error, QCoreApplication::translate(
                        "Podium::ServerAddress",
                        "A server address starts with postgresql:// or postgres://, as in "
                        "postgresql://user@host:5432/podium."));
        return std::nullopt;
    }

    ServerAddress address;
    QStringView query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    if (const qsizetype hash = rest.indexOf(QLatin1Char('#')); hash >= 0) {
        fail(error, QCoreApplication::translate("Podium::ServerAddress",
                                                "A server address cannot contain “#”."));
        return std::nullopt;
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QStringView authority = slash < 0 ? rest : rest.left(slash);
    const QStringView path = slash < 0 ? QStringView() : rest.mid(slash + 1);

    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QStringView userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':'))) {
            fail(error, QCoreApplication::translate(
                            "Podium::ServerAddress",
                            "The address contains a password. Podium never keeps passwords in "
                            "addresses: put it into ~/.pgpass, or leave it out and enter it when "
                            "Podium asks for it."));
            return std::nullopt;
        }
        address.m_user = decoded(userInfo);
        if (address.m_user.isEmpty()) {
            fail(error, QCoreApplication::translate("Podium::ServerAddress",
                                                    "The user name before “@” is empty."));
            return std::nullopt;
        }
    }

    QStringView portText;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0) {
            fail(error, QCoreApplication::translate(
                            "Podium::ServerAddress",
                            "The IPv6 address in brackets is not closed with “]”."));
            return std::nullopt;
        }
        address.m_host = authority.mid(1, close - 1).toString();
        const QStringView after = authority.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':'))) {
                fail(error, QCoreApplication::translate(
                                "Podium::ServerAddress",
                                "Only a port (“:5432”) may follow the IPv6 address."));
                return std::nullopt;
            }
            portText = after.mid(1);
            if (portText.isEmpty()) {
                fail(error, QCoreApplication::translate("Podium::ServerAddress",
                                                        "The port after “:” is missing."));
                return std::nullopt;
            }
        }
    } else {
        const qsizetype colon = authority.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            portText = authority.mid(colon + 1);
            authority = authority.left(colon);
            if (portText.isEmpty()) {
                fail(error, QCoreApplication::translate("Podium::ServerAddress",
                                                        "The port after “:” is missing."));
                return std::nullopt;
            }
        }
        address.m_host = decoded(authority);
    }
    if (address.m_host.contains(QLatin1Char(',')) || address.m_host.contains(QLatin1Char(' '))) {
        fail(error, QCoreApplication::translate("Podium::ServerAddress", "“%1” is not a host name.")
                        .arg(address.m_host));
        return std::nullopt;
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            fail(error,
                 QCoreApplication::translate("Podium::ServerAddress",
                                             "The port “%1” is not a number from 1 to 65535.")
                     .arg(portText.toString()));
            return std::nullopt;
        }
        address.m_port = port;
    }

    address.m_database = decoded(path);
    if (address.m_database.isEmpty()) {
        fail(error, QCoreApplication::translate(
                        "Podium::ServerAddress",
                        "The address names no database: add it after the server, as in "
                        "postgresql://host/podium."));
        return std::nullopt;
    }
    if (address.m_database.contains(QLatin1Char('/'))) {
        fail(error,
             QCoreApplication::translate("Podium::ServerAddress",
                                         "“%1” is not a database name: it cannot contain “/”.")
                 .arg(address.m_database));
        return std::nullopt;
    }

    if (!query.isEmpty()) {
        for (const QStringView pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString key = decoded(eq < 0 ? pair : pair.left(eq));
            const QString value = eq < 0 ? QString() : decoded(pair.mid(eq + 1));
            if (key == QLatin1StringView("password")) {
                fail(error, QCoreApplication::translate(
                                "Podium::ServerAddress",
                                "The address contains a password. Podium never keeps passwords "
                                "in addresses: put it into ~/.pgpass, or leave it out and enter "
                                "it when Podium asks for it."));
                return std::nullopt;
            }
            if (key != QLatin1StringView("sslmode")) {
                fail(error,
                     QCoreApplication::translate(
                         "Podium::ServerAddress",
                         "The address setting “%1” is not understood; only sslmode can be given.")
                         .arg(key));
                return std::nullopt;
            }
            if (!sslModes().contains(value)) {
                fail(error, QCoreApplication::translate("Podium::ServerAddress",
                                                        "The SSL mode “%1” is not one of: %2.")
                                .arg(value, sslModes().join(QLatin1StringView(", "))));
                return std::nullopt;
            }
            address.m_sslMode = value;
        }
    }
    return address;
}

QString ServerAddress::toString() const
{
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += encoded(m_user) + QLatin1Char('@');
    if (m_host.contains(QLatin1Char(':')))
        text += QLatin1Char('[') + m_host + QLatin1Char(']');
    else
        text += encoded(m_host, "-.");
    if (m_port > 0)
        text += QLatin1Char(':') + QString::number(m_port);
    text += QLatin1Char('/') + encoded(m_database);
    if (m_sslMode != QLatin1StringView(defaultSslMode))
        text += QStringLiteral("?sslmode=") + m_sslMode;
    return text;
}

ServerAddress ServerAddress::withDatabaseName(const QString &name) const
{
    ServerAddress other = *this;
    other.m_database = name;
    return other;
}

QString ServerAddress::serverName() const
{
    if (m_host.isEmpty())
        return m_port > 0
                   ? QCoreApplication::translate("Podium::ServerAddress",
                                                 "the local server (port %1)")
                         .arg(m_port)
                   : QCoreApplication::translate("Podium::ServerAddress", "the local server");
    const QString host =
        m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    return m_port > 0 ? host + QLatin1Char(':') + QString::number(m_port) : host;
}

} // namespace Podium
