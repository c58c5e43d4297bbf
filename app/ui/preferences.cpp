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
