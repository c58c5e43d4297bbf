#pragma once

#include <QByteArray>
#include <QPageSize>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Podium {

/**
 * A user's own preferences (window layout, recent files, language), each
 * declared once with its key, type and default. Organisation-wide settings
 * live in the database, not here.
 */
class Preferences
{
public:
    template<typename T>
    struct Key
    {
        const char *name;
        T defaultValue;
    };

    static inline const Key<QByteArray> windowGeometry{"window/geometry", {}};
    static inline const Key<QByteArray> windowState{"window/state", {}};
    static inline const Key<QByteArray> splitterState{"window/splitter", {}};
    static inline const Key<int> currentView{"window/view", 0};
    static inline const Key<QString> lastDatabase{"files/lastDatabase", {}};
    static inline const Key<QStringList> recentDatabases{"files/recent", {}};
    static inline const Key<QString> lastFolder{"files/lastFolder", {}};
    /**
     * The language of menus and dialogs: "" to follow the system, "de" or
     * "en". Read when Podium starts.
     */
    static inline const Key<QString> interfaceLanguage{"interfaceLanguage", {}};
    /** The paper printed documents default to: "a4", "letter" or "a5". */
    static inline const Key<QString> defaultPaperSize{"defaultPaperSize", QStringLiteral("a4")};

    /** The values interfaceLanguage may take, "" (the system's) first. */
    static QStringList interfaceLanguages();
    /** The values defaultPaperSize may take, "a4" first. */
    static QStringList paperSizes();
    /** The page size of a defaultPaperSize value; A4 for anything unknown. */
    static QPageSize::PageSizeId pageSizeId(const QString &paperSize);
    /** The page size the user chose (defaultPaperSize), A4 if none or unknown. */
    static QPageSize::PageSizeId defaultPageSizeId();

    /** The saved header state of view @p view ("events", "people"…). */
    static QByteArray headerState(const QString &view);
    static void setHeaderState(const QString &view, const QByteArray &state);

    template<typename T>
    static T get(const Key<T> &key)
    {
        return QSettings()
            .value(QLatin1StringView(key.name), QVariant::fromValue(key.defaultValue))
            .template value<T>();
    }

    template<typename T>
    static void set(const Key<T> &key, const T &value)
    {
        QSettings().setValue(QLatin1StringView(key.name), QVariant::fromValue(value));
    }

    /** Puts @p path first in the recent list, keeping at most eight. */
    static void addRecentDatabase(const QString &path);
};

} // namespace Podium
