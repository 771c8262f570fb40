#pragma once

#include "io/importer.h"

#include <QWizard>

namespace Jiandu::Ui {

class AppContext;

// Import wizard: pick kind and file → preview → problems (dry run) → import with progress.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    ImportWizard(AppContext &context, Io::Kind kind, QWidget *parent = nullptr);

private:
    AppContext &m_context;
};

} // namespace Jiandu::Ui
