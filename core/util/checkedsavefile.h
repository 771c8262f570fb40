#pragma once

#include <QCoreApplication>
#include <QSaveFile>

namespace Jiandu {

// A QSaveFile that notices a short write. Qt 6.4's QSaveFile commits a truncated file when
// the disk fills in the middle of a write (the system writes part of a block, the rest fails
// with ENOSPC/EFBIG, and QFileDevice reports neither): the old file is then replaced by a
// broken one. This one writes unbuffered, remembers any write that wrote less than asked,
// and then refuses to commit, so the file at the target stays as it was.
// (tests/documents/tst_iofailures.cpp: a full disk through RLIMIT_FSIZE.)
class CheckedSaveFile final : public QSaveFile
{
public:
    explicit CheckedSaveFile(const QString &name) : QSaveFile(name) {}

    bool open(OpenMode mode) override { return QSaveFile::open(mode | QIODevice::Unbuffered); }

    // Hides QSaveFile::commit(): false, and nothing renamed, after a short write.
    bool commit()
    {
        if (!m_shortWrite)
            return QSaveFile::commit();
        cancelWriting();
        QSaveFile::commit();
        setErrorString(QCoreApplication::translate(
            "Io", "the disk is full or the file is too large (the write stopped part-way)"));
        return false;
    }

protected:
    qint64 writeData(const char *data, qint64 len) override
    {
        const qint64 written = QSaveFile::writeData(data, len);
        if (written != len)
            m_shortWrite = true;
        return written;
    }

private:
    bool m_shortWrite = false;
};

} // namespace Jiandu
