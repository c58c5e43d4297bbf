#include "programmefonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QMutex>
#include <QStringList>

namespace Podium {

namespace {

const char *const faces[] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                             "DejaVuSans-BoldOblique.ttf"};

} // namespace

QStringList ProgrammeFonts::searchPaths()
{
    // Built-in faces come first so that every build prints alike; Debian's
    // fonts-dejavu-core and fonts-dejavu-extra carry the same 2.37 files.
    return {QStringLiteral(":/fonts"), QStringLiteral("/usr/share/fonts/truetype/dejavu")};
}

QString ProgrammeFonts::family(QString *error)
{
    static QMutex mutex;
    static QString loaded;
    const QMutexLocker locker(&mutex);
    if (!loaded.isEmpty())
        return loaded;

    QString familyName;
    for (const char *face : faces) {
        const QString file = QString::fromLatin1(face);
        QString found;
        for (const QString &dir : searchPaths()) {
            if (QFile::exists(dir + QLatin1Char('/') + file)) {
                found = dir + QLatin1Char('/') + file;
                break;
            }
        }
        if (found.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate(
                             "Podium::ProgrammeFonts",
                             "The programme font %1 is missing: it is neither built "
                             "into Podium nor installed in %2 (Debian packages "
                             "fonts-dejavu-core and fonts-dejavu-extra).")
                             .arg(file, QDir::toNativeSeparators(searchPaths().constLast()));
            return {};
        }
        const int id = QFontDatabase::addApplicationFont(found);
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (id < 0 || families.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("Podium::ProgrammeFonts",
                                                     "The programme font %1 cannot be loaded.")
                             .arg(QDir::toNativeSeparators(found));
            return {};
        }
        if (familyName.isEmpty())
            familyName = families.first();
    }
    loaded = familyName;
    return loaded;
}

} // namespace Podium
