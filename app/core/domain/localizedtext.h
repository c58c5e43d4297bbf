#pragma once

#include "language.h"

#include <QString>

namespace Podium {

/** A text kept in English and German, either of which may be missing. */
struct LocalizedText
{
    QString en;
    QString de;

    /**
     * The text in @p language, or in the other language if that one is
     * blank: a German programme still shows a title that exists only in
     * English.
     */
    QString in(Language language) const;

    /** The text in @p language only, without falling back. */
    QString exactly(Language language) const;
    void set(Language language, const QString &text);

    /** True if both languages are blank (empty or white space only). */
    bool isEmpty() const;

    bool operator==(const LocalizedText &) const = default;
};

} // namespace Podium
