#include "databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Podium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Podium::ServerConnectionFields", text);
}

QString encoded(const QString &part, const QByteArray &keep = {})
{
    return QString::fromUtf8(QUrl::toPercentEncoding(part, keep));
}

} // namespace

bool DatabaseLocation::isServer(const QString &location)
{
    return ServerAddress::isServerAddress(location);
}

QString DatabaseLocation::displayName(const QString &location)
{
    if (!isServer(location))
        return QDir::toNativeSeparators(location);
    const auto address = ServerAddress::parse(location);
    // One that cannot be read is shown as typed, but never with a password.
    return address ? address->toString() : ServerAddress::withoutPassword(location);
}

QString DatabaseLocation::identity(const QString &location)
{
    if (isServer(location))
        return displayName(location);
    const QFileInfo info(location);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QString DatabaseLocation::recentEntry(const QString &location)
{
    if (isServer(location))
        return displayName(location);
    return QFileInfo(location).absoluteFilePath();
}

QString ServerConnectionFields::tlsModeName(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Disable:
        return QStringLiteral("disable");
    case TlsMode::Prefer:
        return QStringLiteral("prefer");
    case TlsMode::Require:
        return QStringLiteral("require");
    case TlsMode::VerifyFull:
        return QStringLiteral("verify-full");
    }
    return QStringLiteral("prefer");
}

std::optional<ServerConnectionFields::TlsMode>
ServerConnectionFields::tlsModeFromName(const QString &name)
{
    for (TlsMode mode :
         {TlsMode::Disable, TlsMode::Prefer, TlsMode::Require, TlsMode::VerifyFull}) {
        if (name.compare(tlsModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    if (name.compare(QLatin1StringView("allow"), Qt::CaseInsensitive) == 0)
        return TlsMode::Prefer;
    if (name.compare(QLatin1StringView("verify-ca"), Qt::CaseInsensitive) == 0)
        return TlsMode::Require;
    return std::nullopt;
}

QString ServerConnectionFields::toUrl(QString *error) const
{
    const QString h = host.trimmed();
    const QString d = database.trimmed();
    const QString u = user.trimmed();
    if (h.isEmpty()) {
        if (error)
            *error = tr("Enter the server's name or address.");
        return {};
    }
    if (d.isEmpty()) {
        if (error)
            *error = tr("Enter the name of the database on the server.");
        return {};
    }
    if (port < 1 || port > 65535) {
        if (error)
            *error = tr("The port must be a number from 1 to 65535.");
        return {};
    }
    QString text = QStringLiteral("postgresql://");
    if (!u.isEmpty())
        text += encoded(u) + QLatin1Char('@');
    text +=
        h.contains(QLatin1Char(':')) ? QLatin1Char('[') + h + QLatin1Char(']') : encoded(h, "-.");
    text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + encoded(d);
    if (tlsMode != TlsMode::Prefer)
        text += QStringLiteral("?sslmode=") + tlsModeName(tlsMode);
    // The storage layer's reading is the one that counts.
    QString message;
    if (!ServerAddress::parse(text, &message)) {
        if (error)
            *error = message;
        return {};
    }
    return text;
}

ServerConnectionFields ServerConnectionFields::fromAddress(const ServerAddress &address)
{
    ServerConnectionFields fields;
    fields.host = address.host();
    fields.port = address.port() > 0 ? address.port() : defaultPort;
    fields.database = address.databaseName();
    fields.user = address.user();
    fields.tlsMode = tlsModeFromName(address.sslMode()).value_or(TlsMode::Prefer);
    return fields;
}

} // namespace Podium
