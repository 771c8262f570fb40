#include "importwizard.h"

#include "appcontext.h"

namespace Jiandu::Ui {

ImportWizard::ImportWizard(AppContext &context, Io::Kind, QWidget *parent) : QWizard(parent), m_context(context) {}

} // namespace Jiandu::Ui
