using System.Buffers.Binary;
using System.Text;

namespace FormHub.Cli.Tests;

/// <summary>
/// A real legacy .xls (Excel 97–2003, BIFF8 inside an OLE2 compound file) built byte by byte, because no .xls writer is
/// served here and the import must read what old county systems still export. Only what a reader needs: workbook
/// globals (BOF, CODEPAGE 1200, BOUNDSHEET, EOF), one worksheet (BOF, DIMENSIONS, one LABEL record per text cell, EOF),
/// in a version-3 compound file with 512-byte sectors: FAT in sector 0, directory in sector 1, the Workbook stream from
/// sector 2, padded to 4096 bytes so it lives in regular sectors rather than the mini stream.
/// References: [MS-XLS] 2.4.21 BOF, 2.4.28 BoundSheet8, 2.4.90 Dimensions, 2.4.148 Label; [MS-CFB] 2.2 header, 2.6 directory.
/// </summary>
public static class BiffWorkbook
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FreeSector = 0xFFFFFFFF;
    private const uint FatSector = 0xFFFFFFFD;
    private const uint NoStream = 0xFFFFFFFF;
    private const int SectorSize = 512;

    /// <summary>An .xls whose first sheet holds <paramref name="rows"/> as text cells (empty strings are left blank).</summary>
    public static byte[] Write(IReadOnlyList<string[]> rows)
    {
        var stream = WorkbookStream(rows);
        var sectors = (stream.Length + SectorSize - 1) / SectorSize;
        if (sectors + 2 > SectorSize / 4) throw new InvalidOperationException("One FAT sector holds 128 entries: keep the test sheet under 63 KB.");

        var file = new byte[SectorSize * (3 + sectors)];
        var header = file.AsSpan(0, SectorSize);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        U16(header, 24, 0x003E);   // minor version
        U16(header, 26, 0x0003);   // major version 3
        U16(header, 28, 0xFFFE);   // little-endian
        U16(header, 30, 9);        // 2^9 = 512-byte sectors
        U16(header, 32, 6);        // 64-byte mini sectors
        U32(header, 44, 1);        // one FAT sector
        U32(header, 48, 1);        // directory starts in sector 1
        U32(header, 56, 0x1000);   // mini stream cutoff
        U32(header, 60, EndOfChain);
        U32(header, 68, EndOfChain);
        U32(header, 76, 0);        // DIFAT[0]: the FAT is sector 0
        for (var i = 1; i < 109; i++) U32(header, 76 + 4 * i, FreeSector);

        var fat = Sector(file, 0);
        for (var i = 0; i < SectorSize / 4; i++) U32(fat, 4 * i, FreeSector);
        U32(fat, 0, FatSector);
        U32(fat, 4, EndOfChain);   // the directory is one sector
        for (var s = 0; s < sectors; s++) U32(fat, 4 * (2 + s), s == sectors - 1 ? EndOfChain : (uint)(3 + s));

        var directory = Sector(file, 1);
        DirectoryEntry(directory[..128], "Root Entry", type: 5, child: 1, start: EndOfChain, size: 0);
        DirectoryEntry(directory.Slice(128, 128), "Workbook", type: 2, child: NoStream, start: 2, size: (uint)stream.Length);
        for (var e = 2; e < 4; e++)
        {
            U32(directory, 128 * e + 68, NoStream);
            U32(directory, 128 * e + 72, NoStream);
            U32(directory, 128 * e + 76, NoStream);
        }

        stream.CopyTo(file.AsSpan(SectorSize * 3));
        return file;
    }

    private static Span<byte> Sector(byte[] file, int index) => file.AsSpan(SectorSize * (index + 1), SectorSize);

    private static void DirectoryEntry(Span<byte> entry, string name, byte type, uint child, uint start, uint size)
    {
        Encoding.Unicode.GetBytes(name).CopyTo(entry);
        U16(entry, 64, (ushort)((name.Length + 1) * 2));
        entry[66] = type;
        entry[67] = 1;             // black
        U32(entry, 68, NoStream);
        U32(entry, 72, NoStream);
        U32(entry, 76, child);
        U32(entry, 116, start);
        U32(entry, 120, size);
    }

    private static byte[] WorkbookStream(IReadOnlyList<string[]> rows)
    {
        var sheet = new MemoryStream();
        Record(sheet, 0x0809, Bof(0x0010));
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        var dimensions = new byte[14];
        U32(dimensions, 4, (uint)rows.Count);
        U16(dimensions, 10, (ushort)columns);
        Record(sheet, 0x0200, dimensions);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c].Length == 0) continue;
                var text = Encoding.Unicode.GetBytes(rows[r][c]);
                var label = new byte[9 + text.Length];
                U16(label, 0, (ushort)r);
                U16(label, 2, (ushort)c);
                U16(label, 6, (ushort)rows[r][c].Length);
                label[8] = 1;      // UTF-16 characters
                text.CopyTo(label, 9);
                Record(sheet, 0x0204, label);
            }
        }

        Record(sheet, 0x000A, []);

        var globals = new MemoryStream();
        Record(globals, 0x0809, Bof(0x0005));
        Record(globals, 0x0042, [0xB0, 0x04]);   // CODEPAGE 1200: strings are Unicode
        const string sheetName = "Sheet1";
        var boundSheetLength = 4 + 2 + 2 + sheetName.Length;
        var sheetOffset = (uint)(globals.Length + 4 + boundSheetLength + 4);  // after BOUNDSHEET and EOF
        var boundSheet = new byte[boundSheetLength];
        U32(boundSheet, 0, sheetOffset);
        boundSheet[6] = (byte)sheetName.Length;
        Encoding.ASCII.GetBytes(sheetName).CopyTo(boundSheet, 8);
        Record(globals, 0x0085, boundSheet);
        Record(globals, 0x000A, []);
        sheet.Position = 0;
        sheet.CopyTo(globals);

        var bytes = globals.ToArray();
        return bytes.Length >= 4096 ? bytes : [.. bytes, .. new byte[4096 - bytes.Length]];
    }

    private static byte[] Bof(ushort kind)
    {
        var bof = new byte[16];
        U16(bof, 0, 0x0600);       // BIFF8
        U16(bof, 2, kind);
        U16(bof, 4, 0x0DBB);
        U16(bof, 6, 0x07CC);
        return bof;
    }

    private static void Record(MemoryStream stream, ushort type, byte[] data)
    {
        var head = new byte[4];
        U16(head, 0, type);
        U16(head, 2, (ushort)data.Length);
        stream.Write(head);
        stream.Write(data);
    }

    private static void U16(Span<byte> target, int offset, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(target[offset..], value);

    private static void U32(Span<byte> target, int offset, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(target[offset..], value);
}
