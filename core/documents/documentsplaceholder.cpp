// Placeholder until the first renderer lands.
namespace Jiandu { void documentsPlaceholder() {} }
