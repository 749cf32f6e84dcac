/**
 * Every refusal of the .docx reader, one Chinese line each. The CLI prefixes the
 * file name, so messages never repeat it; they name the part where that helps.
 */
import { limitMessage } from "../../core/limits";

export const MSG = {
  empty: () => "文件为空（0 字节），不是 Word 文档",
  encrypted: () => "文件已加密（设有打开密码），请在 Word 中取消密码并另存为 .docx 后重试",
  legacyDoc: () => "这是旧版 Word（.doc）文件，不是 .docx，请在 Word 或 WPS 中另存为 .docx 后重试",
  ole: () => "文件已加密或为旧版 .doc 格式，请另存为不加密的 .docx 后重试",
  notZip: () => "文件不是 .docx 格式（不是 ZIP 压缩包），可能已损坏或扩展名有误",
  badZip: () => "文件已损坏或不完整（ZIP 压缩包无法打开，可能下载或复制时被截断）",
  badPart: (part: string) => `文件已损坏：${part} 无法解压或校验失败`,
  noMainPart: () => "文件中没有 Word 正文部分，不是 Word 文档",
  otherOffice: (kind: string) => `这是${kind}文件，不是 Word 文档`,
  dtd: (part: string) => `文件中的 ${part} 含有 DTD 声明，出于安全考虑拒绝读取`,
  badXml: (part: string, line: number) => `文件已损坏：${part} 不是有效的 XML（第 ${line} 行）`,
  tooBig: () => limitMessage("inflatedBytes"),
  tooManyParts: () => limitMessage("zipEntries"),
  /** Two entries under one name (OPC part names ignore case): which one a reader takes is not defined. */
  duplicatePart: (part?: string) =>
    `文件中有两个同名部件${part !== undefined ? `“${part}”` : ""}，无法确定 Word 显示的是哪一个，疑似被篡改，拒绝读取`,
  overlappingParts: () => "文件中有部件共用同一段压缩数据（ZIP 条目互相重叠），疑似恶意文件，拒绝读取",
  internal: () => "读取 .docx 时发生内部错误，文件可能含有不受支持的结构",
  /** Not a refusal: a part we could do without was damaged (reported in `warnings`). */
  damagedOptional: (part: string) => `文件部分内容已损坏（${part}），已读取正文`,
} as const;
