#include "preferences.h"

namespace Podium {

QByteArray Preferences::headerState(const QString &view)
{
    return QSettings().value(QStringLiteral("views/%1/header").arg(view)).toByteArray();
}

void Preferences::setHeaderState(const QString &view, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("views/%1/header").arg(view), state);
}

QStringList Preferences::interfaceLanguages()
{
    return {QString(), QStringLiteral("de"), QStringLiteral("en")};
}

QStringList Preferences::paperSizes()
{
    return {QStringLiteral("a4"), QStringLiteral("letter"), QStringLiteral("a5")};
}

QPageSize::PageSizeId Preferences::pageSizeId(const QString &paperSize)
{
    if (paperSize == QLatin1StringView("letter"))
        return QPageSize::Letter;
    if (paperSize == QLatin1StringView("a5"))
        return QPageSize::A5;
    return QPageSize::A4;
}

QPageSize::PageSizeId Preferences::defaultPageSizeId()
{
    return pageSizeId(get(defaultPaperSize));
}

void Preferences::addRecentDatabase(const QString &path)
{
    QStringList recent = get(recentDatabases);
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    set(recentDatabases, recent);
}

} // namespace Podium
