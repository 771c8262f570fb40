// Placeholder: the application start-up (open the default database, demo on first start,
// language) is built by the UI work.
int main()
{
    return 0;
}
