#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Podium {

/**
 * Builds SQL conditions for the views' filters, every value a bound
 * parameter. Conditions are collected with add() and joined with AND.
 */
class SearchFilter
{
public:
    /**
     * Adds "every word of @p text occurs in one of @p keyColumns", comparing
     * folded text (so "valdes" finds "Valdés"). Blank text adds nothing.
     */
    void addSearch(const QString &text, const QStringList &keyColumns);

    /** Adds an arbitrary condition with its bindings. */
    void add(const QString &condition, const QVariantList &bindings = {});

    QString where() const { return m_conditions.join(QStringLiteral(" AND ")); }
    QVariantList bindings() const { return m_bindings; }

private:
    QStringList m_conditions;
    QVariantList m_bindings;
};

} // namespace Podium
