#include "serveraddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

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

// The address after "postgresql://" or "postgres://" (for a server address only).
QStringView afterScheme(QStringView text)
{
    if (text.startsWith(QLatin1StringView("postgresql://"), Qt::CaseInsensitive))
        return text.mid(13);
    if (text.startsWith(QLatin1StringView("postgres://"), Qt::CaseInsensitive))
        return text.mid(11);
    return {};
}

// Where the user part ends, if it holds a password: the last "@" of the
// address, with a ":" (written or percent-encoded) anywhere before it. A
// password may hold "@", "/", "?", "#" and ":", written out or not, so
// neither the first "@" nor the first "/" can tell where it ends; an
// address whose database or settings hold "@" after a ":" counts as one
// with a password too (write "@" there as %40). -1 if there is none.
qsizetype passwordUserInfoEnd(QStringView rest)
{
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return -1;
    const QStringView userInfo = rest.left(at);
    return userInfo.contains(QLatin1Char(':')) || decoded(userInfo).contains(QLatin1Char(':')) ? at
                                                                                               : -1;
}

// The settings after the first "?", split wherever one could end: "&",
// another "?" or "#".
QList<QStringView> settingItems(QStringView rest)
{
    const qsizetype q = rest.indexOf(QLatin1Char('?'));
    if (q < 0)
        return {};
    static const QRegularExpression separators(QStringLiteral("[&?#]"));
    return rest.mid(q + 1).split(separators);
}

// Any setting that mentions a password, in any case, percent-encoded or not.
bool isPasswordSetting(QStringView item)
{
    return decoded(item).contains(QLatin1StringView("password"), Qt::CaseInsensitive);
}

QString passwordMessage()
{
    return QCoreApplication::translate(
        "Podium::ServerAddress",
        "The address contains a password. Podium never keeps passwords in addresses: put it into "
        "~/.pgpass, or leave it out and enter it when Podium asks for it.");
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
    if (!isServerAddress(text)) {
        fail(error, QCoreApplication::translate(
                        "Podium::ServerAddress",
                        "A server address starts with postgresql:// or postgres://, as in "
                        "postgresql://user@host:5432/podium."));
        return std::nullopt;
    }
    QStringView rest = afterScheme(text);
    // Before anything else: no message below may quote a piece of a password.
    if (containsPassword(text)) {
        fail(error, passwordMessage());
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
            // Not quoted: what stands there may be a password whose "@" went missing.
            fail(error, QCoreApplication::translate("Podium::ServerAddress",
                                                    "The port is not a number from 1 to 65535."));
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
            if (eq < 0) {
                // Not quoted: a lone word could be a password.
                fail(error, QCoreApplication::translate(
                                "Podium::ServerAddress",
                                "A setting in the address has no value; only sslmode=MODE can "
                                "be given."));
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

bool ServerAddress::containsPassword(const QString &location)
{
    const QString text = location.trimmed();
    if (!isServerAddress(text))
        return false;
    const QStringView rest = afterScheme(text);
    const QList<QStringView> settings = settingItems(rest);
    return passwordUserInfoEnd(rest) >= 0 ||
           std::any_of(settings.cbegin(), settings.cend(), isPasswordSetting);
}

QString ServerAddress::withoutPassword(const QString &location)
{
    const QString text = location.trimmed();
    if (!isServerAddress(text))
        return location;
    QStringView rest = afterScheme(text);
    const QString scheme = text.left(text.size() - rest.size());
    QString result;
    if (const qsizetype end = passwordUserInfoEnd(rest); end >= 0) {
        // Keep the user name if it is one: the text up to the first ":".
        const QStringView userInfo = rest.left(end);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        const QStringView user = colon < 0 ? QStringView() : userInfo.left(colon);
        static const QRegularExpression notInAUserName(QStringLiteral("[/?#@]"));
        if (!user.isEmpty() && !user.contains(notInAUserName) &&
            !decoded(user).contains(QLatin1Char(':')))
            result = user.toString() + QLatin1Char('@');
        rest = rest.mid(end + 1);
    } else {
        // A port that is not a number may be a password whose "@host" is missing.
        static const QRegularExpression authorityEnd(QStringLiteral("[/?#]"));
        const qsizetype authority = rest.indexOf(authorityEnd);
        QStringView host = authority < 0 ? rest : rest.left(authority);
        if (const qsizetype at = host.lastIndexOf(QLatin1Char('@')); at >= 0) {
            result = host.left(at + 1).toString();
            rest = rest.mid(at + 1);
            host = host.mid(at + 1);
        }
        const qsizetype colon = host.indexOf(
            QLatin1Char(':'), host.startsWith(QLatin1Char('['))
                                  ? std::max<qsizetype>(host.indexOf(QLatin1Char(']')), 0)
                                  : 0);
        static const QRegularExpression number(QStringLiteral("^[0-9]*$"));
        if (colon >= 0 && !number.match(host.mid(colon + 1)).hasMatch()) {
            result += host.left(colon + 1).toString();
            rest = rest.mid(host.size());
        }
    }
    const qsizetype q = rest.indexOf(QLatin1Char('?'));
    result += (q < 0 ? rest : rest.left(q)).toString();
    if (q >= 0) {
        QStringList kept;
        bool removed = false;
        for (const QStringView item : settingItems(rest)) {
            if (isPasswordSetting(item))
                removed = true;
            else
                kept.append(item.toString());
        }
        if (!removed)
            result += rest.mid(q).toString();
        else if (!kept.isEmpty())
            result += QLatin1Char('?') + kept.join(QLatin1Char('&'));
    }
    return scheme + result;
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
