// The library's content is its resources (:/i18n/*.qm); this file gives it a translation unit.
namespace Jiandu::I18n {
int translationsLinked()
{
    return 1;
}
} // namespace Jiandu::I18n
