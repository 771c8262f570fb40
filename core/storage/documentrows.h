#pragma once

// Internal to the DocumentRepository sources (documentrepository.cpp, documentsteps.cpp,
// documentdrafts.cpp).

#include "domain/supervisiontypes.h"

#include <QJsonObject>
#include <QString>

namespace Jiandu::DocumentSql {

inline const QString kDocumentTable = QStringLiteral("supervision_document");

// The audit form of a document. The audit key is the id, so that a record's history stays
// under one key from draft to reply; the number is in the JSON.
QJsonObject toJson(const SupervisionDocument &document);

} // namespace Jiandu::DocumentSql
