<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Access</name>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Audit administrator</source>
        <translation>审计管理员</translation>
    </message>
    <message>
        <source>Supervision staff</source>
        <translation>监督科工作人员</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>view the records</source>
        <translation>查看记录</translation>
    </message>
    <message>
        <source>change records</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>show identity-card numbers in full</source>
        <translation>显示完整身份证号码</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <source>change the office settings</source>
        <translation>修改科室设置</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 may not %2: only %3 may.</source>
        <translation>%1无权%2：仅%3可以执行此操作。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>%1 is limited to %2 and may not change records of another agency or of the whole office.</source>
        <translation>%1仅限于%2，不能修改其他执法主体的记录或全科共用的记录。</translation>
    </message>
    <message>
        <source>Accounts are on for this database: log in first.</source>
        <translation>此数据库已启用账户，请先登录。</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>A username has 2 to 32 characters.</source>
        <translation>用户名须为 2 至 32 个字符。</translation>
    </message>
    <message>
        <source>A username has only letters, digits and the characters . _ -</source>
        <translation>用户名只能包含字母、数字和字符 . _ -</translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>该账户不存在。</translation>
    </message>
    <message>
        <source>The idle lock needs 1 to %1 minutes.</source>
        <translation>闲置锁屏时间须为 1 至 %1 分钟。</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>闲置锁屏</translation>
    </message>
    <message>
        <source>Another account already has this username (upper and lower case count as the same).</source>
        <translation>已有其他账户使用此用户名（不区分大小写）。</translation>
    </message>
    <message>
        <source>The agency does not exist.</source>
        <translation>该执法主体不存在。</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>Accounts are already on for this database.</source>
        <translation>此数据库已启用账户。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>The last administrator cannot be demoted or disabled: make another account administrator first.</source>
        <translation>不能降级或停用最后一个管理员：请先将另一个账户设为管理员。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>A supervision activity needs a name.</source>
        <translation>监督活动需要名称。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The activity cannot end before it starts.</source>
        <translation>活动的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Another supervision activity already has this name.</source>
        <translation>已有同名的监督活动。</translation>
    </message>
    <message>
        <source>No such supervision activity.</source>
        <translation>没有该监督活动。</translation>
    </message>
    <message>
        <source>A supervised body does not exist.</source>
        <translation>被监督的执法主体不存在。</translation>
    </message>
    <message>
        <source>Supervised bodies</source>
        <translation>被监督单位</translation>
    </message>
</context>
<context>
    <name>AgencyRepository</name>
    <message>
        <source>The name is required.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>An agency cannot be its own parent.</source>
        <translation>执法主体不能以自身为上级。</translation>
    </message>
    <message>
        <source>Another agency already has this name.</source>
        <translation>已有同名的执法主体。</translation>
    </message>
    <message>
        <source>No such agency.</source>
        <translation>该执法主体不存在。</translation>
    </message>
    <message>
        <source>The agency still has officers and cannot be deleted.</source>
        <translation>该执法主体下仍有执法人员，不能删除。</translation>
    </message>
</context>
<context>
    <name>AnnualReport</name>
    <message>
        <source>All enforcement bodies</source>
        <translation>全部执法主体</translation>
    </message>
    <message>
        <source>There is no such enforcement body.</source>
        <translation>该执法主体不存在。</translation>
    </message>
</context>
<context>
    <name>AnnualReportDocument</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>The annual report could not be printed: the output could not be opened.</source>
        <translation>无法打印年度报告：无法打开输出文件。</translation>
    </message>
    <message>
        <source>The annual report could not be printed completely.</source>
        <translation>年度报告未能完整打印。</translation>
    </message>
    <message>
        <source>the ODF writer failed</source>
        <translation>ODF 文件生成失败</translation>
    </message>
    <message>
        <source>Audit chain head %1… · %2 records · printed on %3</source>
        <translation>审计链头 %1… · 共 %2 条记录 · 打印于 %3</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Audit trail hash chain</source>
        <translation>审计链</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Audit record %1 has no valid hash: it was not written by Jiandu.</source>
        <translation>审计记录 %1 没有有效的哈希值：该记录并非由监督台账写入。</translation>
    </message>
    <message>
        <source>Audit record %1 is missing (deleted) before record %2.</source>
        <translation>记录 %2 之前的审计记录 %1 缺失（已被删除）。</translation>
    </message>
    <message>
        <source>Audit records %1 to %2 are missing (deleted) before record %3.</source>
        <translation>记录 %3 之前的审计记录 %1 至 %2 缺失（已被删除）。</translation>
    </message>
    <message>
        <source>Audit record %1 was inserted: the record after it follows the record before it.</source>
        <translation>审计记录 %1 系被插入：其后一条记录与其前一条记录直接衔接。</translation>
    </message>
    <message>
        <source>Audit record %1 was changed or replaced: the record after it does not follow it.</source>
        <translation>审计记录 %1 已被修改或替换：其后一条记录与其不相衔接。</translation>
    </message>
    <message>
        <source>Audit record %1 was changed after it was written.</source>
        <translation>审计记录 %1 在写入后被修改。</translation>
    </message>
    <message>
        <source>Audit record %1 is out of order: it belongs after record %2.</source>
        <translation>审计记录 %1 顺序错乱：应位于记录 %2 之后。</translation>
    </message>
    <message>
        <source>An audit record before record %1 was deleted and the later records were renumbered.</source>
        <translation>记录 %1 之前有一条审计记录被删除，其后的记录已被重新编号。</translation>
    </message>
    <message>
        <source>The audit trail of this file has no hash chain yet (schema older than 7); open it with this version to add one.</source>
        <translation>此文件的审计日志尚无哈希链（结构版本低于 7）；用本版本打开该文件即可添加。</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Insert</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Unmask</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>执法证件</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case-file review</source>
        <translation>案卷评查</translation>
    </message>
    <message>
        <source>Review activity</source>
        <translation>评查活动</translation>
    </message>
    <message>
        <source>Review expert</source>
        <translation>评查专家</translation>
    </message>
    <message>
        <source>Review sheet</source>
        <translation>评查表</translation>
    </message>
    <message>
        <source>Supervision activity</source>
        <translation>监督活动</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Rectification task</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <source>Task event</source>
        <translation>任务事件</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>任务进展</translation>
    </message>
    <message>
        <source>Supervision document</source>
        <translation>监督文书</translation>
    </message>
    <message>
        <source>Finalised annual report</source>
        <translation>已定稿年度报告</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>日历日</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>日历年度</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>The account is locked after %1 failed logins until %2; try again then or ask an administrator to unlock it.</source>
        <translation>该账户因登录失败 %1 次已被锁定至 %2；请届时重试，或请管理员解锁。</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>%n more failed attempt(s) lock the account for %1 minutes.</source>
        <translation>
            <numerusform>再失败 %n 次，账户将被锁定 %1 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts are off for this database: no login is needed.</source>
        <translation>此数据库未启用账户，无需登录。</translation>
    </message>
    <message>
        <source>The account is disabled; ask an administrator.</source>
        <translation>该账户已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation>当前无人登录。</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The file could not be flushed to disk.</source>
        <translation>文件未能写入磁盘。</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest cannot be read: %1</source>
        <translation>无法读取备份的清单文件：%1</translation>
    </message>
    <message>
        <source>At least one automatic backup must be kept.</source>
        <translation>至少须保留一份自动备份。</translation>
    </message>
    <message>
        <source>No backup that passes its check was found.</source>
        <translation>未找到通过检查的备份。</translation>
    </message>
    <message>
        <source>The backup was not restored; nothing was changed. %1</source>
        <translation>备份未恢复，未作任何改动。%1</translation>
    </message>
    <message>
        <source>The damaged database could not be kept aside; nothing was restored.</source>
        <translation>无法另行保留已损坏的数据库，未恢复任何内容。</translation>
    </message>
    <message>
        <source>The database connection is not a SQLite one.</source>
        <translation>数据库连接不是 SQLite 连接。</translation>
    </message>
    <message>
        <source>The backup file cannot be created (is the folder writable?): %1</source>
        <translation>无法创建备份文件（请检查文件夹是否可写）：%1</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>the copy failed its integrity check (%1)</source>
        <translation>副本未通过完整性检查（%1）</translation>
    </message>
    <message>
        <source>the copy has a different application id</source>
        <translation>副本的应用标识不一致</translation>
    </message>
    <message>
        <source>the copy has a different schema version</source>
        <translation>副本的结构版本不一致</translation>
    </message>
    <message>
        <source>the copy has %1 rows in %2 instead of %3</source>
        <translation>副本的 %2 表有 %1 行，应为 %3 行</translation>
    </message>
    <message>
        <source>the copy&apos;s audit trail ends elsewhere than the database&apos;s</source>
        <translation>副本审计日志的末条与数据库不一致</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest could not be written: %1</source>
        <translation>无法写入备份的清单文件：%1</translation>
    </message>
    <message>
        <source>A backup cannot be made inside a transaction.</source>
        <translation>不能在事务中进行备份。</translation>
    </message>
    <message>
        <source>A database cannot be backed up onto itself.</source>
        <translation>不能将数据库备份到其自身。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder.</source>
        <translation>无法创建备份文件夹。</translation>
    </message>
    <message>
        <source>The backup was not made; any earlier backup at this place is unchanged: %1</source>
        <translation>未能完成备份；此位置原有的备份未受影响：%1</translation>
    </message>
    <message>
        <source>The backup was written to %1 but could not be recorded in the audit trail: %2</source>
        <translation>备份已写入%1，但未能记入审计日志：%2</translation>
    </message>
    <message>
        <source>The backup file does not exist.</source>
        <translation>备份文件不存在。</translation>
    </message>
    <message>
        <source>The backup cannot be opened: %1</source>
        <translation>无法打开备份：%1</translation>
    </message>
    <message>
        <source>The backup is damaged or not a database: %1</source>
        <translation>备份已损坏或不是数据库文件：%1</translation>
    </message>
    <message>
        <source>This file is not a Jiandu database.</source>
        <translation>此文件不是监督台账数据库。</translation>
    </message>
    <message>
        <source>The backup failed its integrity check (%1).</source>
        <translation>备份未通过完整性检查（%1）。</translation>
    </message>
    <message>
        <source>The backup was written by a newer version of Jiandu (schema %1; this version knows schema %2).</source>
        <translation>此备份由较新版本的监督台账写入（结构版本 %1，本版本只支持到结构版本 %2）。</translation>
    </message>
    <message>
        <source>The backup&apos;s audit trail is broken: %1</source>
        <translation>备份的审计日志已被破坏：%1</translation>
    </message>
    <message>
        <source>The backup does not match its manifest: the file was changed after the backup was made.</source>
        <translation>备份与其清单文件不符：备份完成后文件被改动过。</translation>
    </message>
    <message>
        <source>The backup&apos;s audit trail does not end where its manifest says.</source>
        <translation>备份审计日志的末条与清单文件所记不符。</translation>
    </message>
    <message>
        <source>The current database could not be kept aside; nothing was restored.</source>
        <translation>无法另行保留当前数据库，未恢复任何内容。</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>不能用数据库自身进行恢复。</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database.</source>
        <translation>无法创建数据库所在的文件夹。</translation>
    </message>
    <message>
        <source>The backup could not be restored; the database is unchanged%1: %2</source>
        <translation>无法恢复备份，数据库未作改动%1：%2</translation>
    </message>
    <message>
        <source> (a copy of it was kept as %1)</source>
        <translation>（其副本已保留为%1）</translation>
    </message>
    <message>
        <source>The backup was restored into %1 but the restore could not be recorded in its audit trail: %2</source>
        <translation>备份已恢复到%1，但本次恢复未能记入其审计日志：%2</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>An officer needs a name and an agency.</source>
        <translation>执法人员须填写姓名和执法主体。</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The holiday schedule is invalid: %1</source>
        <translation>节假日安排数据有误：%1</translation>
    </message>
    <message>
        <source>No holiday schedule for %1 has been entered; add it in Settings.</source>
        <translation>尚未录入%1年的节假日安排，请在“设置”中添加。</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>The shipped holiday schedule is missing.</source>
        <translation>程序自带的节假日安排数据缺失。</translation>
    </message>
    <message>
        <source>The date is invalid.</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No calendar entry for this date.</source>
        <translation>该日期没有日历记录。</translation>
    </message>
    <message>
        <source>The year %1 is out of range.</source>
        <translation>年份%1超出范围。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>CaseDeadline</name>
    <message>
        <source>Legal review before the decision</source>
        <translation>决定前法制审核</translation>
    </message>
    <message>
        <source>Service of the decision</source>
        <translation>决定送达</translation>
    </message>
    <message>
        <source>Publicity of the decision</source>
        <translation>决定公示</translation>
    </message>
    <message>
        <source>Statutory handling period</source>
        <translation>法定办案期限</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已按期</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>无法计算</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Another case already has the case number %1.</source>
        <translation>案号%1已被其他案件使用。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
</context>
<context>
    <name>CaseValidation</name>
    <message>
        <source>The case number (案号) is required.</source>
        <translation>案号不能为空。</translation>
    </message>
    <message>
        <source>The enforcement body (执法主体) is required.</source>
        <translation>执法主体不能为空。</translation>
    </message>
    <message>
        <source>The cause of the case (案由) is required.</source>
        <translation>案由不能为空。</translation>
    </message>
    <message>
        <source>The filing date (立案日期) is required.</source>
        <translation>立案日期不能为空。</translation>
    </message>
    <message>
        <source>The decision date (决定日期) is before the filing date (立案日期).</source>
        <translation>决定日期早于立案日期。</translation>
    </message>
    <message>
        <source>The closing date (结案日期) is before the filing date (立案日期).</source>
        <translation>结案日期早于立案日期。</translation>
    </message>
    <message>
        <source>The closing date (结案日期) is before the decision date (决定日期).</source>
        <translation>结案日期早于决定日期。</translation>
    </message>
    <message>
        <source>A publicity date (公示日期) needs a decision date (决定日期).</source>
        <translation>填写公示日期须同时填写决定日期。</translation>
    </message>
    <message>
        <source>The publicity date (公示日期) is before the decision date (决定日期).</source>
        <translation>公示日期早于决定日期。</translation>
    </message>
    <message>
        <source>A take-down date needs a publicity date (公示日期).</source>
        <translation>填写撤回公示日期须同时填写公示日期。</translation>
    </message>
    <message>
        <source>The take-down date is before the publicity date (公示日期).</source>
        <translation>撤回公示日期早于公示日期。</translation>
    </message>
    <message>
        <source>An appeal outcome (复议结果/诉讼结果) needs a decision date (决定日期).</source>
        <translation>填写复议结果或诉讼结果须同时填写决定日期。</translation>
    </message>
    <message>
        <source>Penalty categories (处罚种类) are only for 行政处罚 cases, not %1.</source>
        <translation>处罚种类仅适用于行政处罚案件，不适用于%1。</translation>
    </message>
    <message>
        <source>The discretion applied (处罚裁量) is only for 行政处罚 cases, not %1.</source>
        <translation>处罚裁量仅适用于行政处罚案件，不适用于%1。</translation>
    </message>
    <message>
        <source>A licence result (许可结果) is only for 行政许可 cases, not %1.</source>
        <translation>许可结果仅适用于行政许可案件，不适用于%1。</translation>
    </message>
    <message>
        <source>A coercion kind (强制类别) is only for 行政强制 cases, not %1.</source>
        <translation>强制类别仅适用于行政强制案件，不适用于%1。</translation>
    </message>
    <message>
        <source>A penalty category (处罚种类) is listed twice.</source>
        <translation>处罚种类重复填写。</translation>
    </message>
    <message>
        <source>A coercion kind (强制类别) is listed twice.</source>
        <translation>强制类别重复填写。</translation>
    </message>
    <message>
        <source>不予处罚 cannot go with penalty categories (处罚种类).</source>
        <translation>处罚裁量为“不予处罚”时不能填写处罚种类。</translation>
    </message>
    <message>
        <source>The fine (罚款金额) cannot be negative.</source>
        <translation>罚款金额不能为负数。</translation>
    </message>
    <message>
        <source>The confiscated amount (没收金额) cannot be negative.</source>
        <translation>没收金额不能为负数。</translation>
    </message>
    <message>
        <source>An officer (承办人员) is named twice.</source>
        <translation>承办人员重复填写。</translation>
    </message>
    <message>
        <source>The statutory handling period must be at least one day.</source>
        <translation>法定办案期限至少为 1 天。</translation>
    </message>
    <message>
        <source>The extension cannot be negative.</source>
        <translation>延长期限不能为负数。</translation>
    </message>
    <message>
        <source>An extension of the handling period needs the date it was approved.</source>
        <translation>延长办案期限须填写批准日期。</translation>
    </message>
    <message>
        <source>Legal review rounds must be numbered 1, 2, … in order; round %1 is numbered %2.</source>
        <translation>法制审核轮次须按 1、2……依次编号；第 %1 轮的编号为 %2。</translation>
    </message>
    <message>
        <source>Legal review round %1 concludes before it was submitted.</source>
        <translation>第 %1 轮法制审核的结论日期早于送审日期。</translation>
    </message>
    <message>
        <source>Legal review round %1 needs both a conclusion (法制审核结论) and its date (法制审核日期).</source>
        <translation>第 %1 轮法制审核须同时填写法制审核结论和法制审核日期。</translation>
    </message>
    <message>
        <source>A new legal review round follows only a round that found problems (存在问题); round %1 did not.</source>
        <translation>只有上一轮审核结论为“存在问题”时才能再次进行法制审核；第 %1 轮的结论并非“存在问题”。</translation>
    </message>
    <message>
        <source>Legal review round %1 starts before the previous round concluded.</source>
        <translation>第 %1 轮法制审核在上一轮审核作出结论之前即已开始。</translation>
    </message>
    <message>
        <source>A major decision (重大执法决定) was made without a legal review concluding 同意 on or before the decision date.</source>
        <translation>重大执法决定作出时（决定日期当日或之前）尚无结论为“同意”的法制审核。</translation>
    </message>
    <message>
        <source>The stage %1 is recorded twice.</source>
        <translation>环节“%1”重复记录。</translation>
    </message>
    <message>
        <source>The stage %1 needs a date.</source>
        <translation>环节“%1”须填写日期。</translation>
    </message>
    <message>
        <source>The stage %1 is dated before the filing date (立案日期).</source>
        <translation>环节“%1”的日期早于立案日期。</translation>
    </message>
    <message>
        <source>The collective discussion (集体讨论) needs its date.</source>
        <translation>集体讨论须填写日期。</translation>
    </message>
    <message>
        <source>Each opinion in the collective discussion needs the participant&apos;s name.</source>
        <translation>集体讨论的每条意见都须填写参加人员姓名。</translation>
    </message>
    <message>
        <source>The hearing (听证) is dated before the filing date (立案日期).</source>
        <translation>听证日期早于立案日期。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>init takes no arguments.</source>
        <translation>init 命令不接受参数。</translation>
    </message>
    <message>
        <source>Created %1 (schema %2).</source>
        <translation>已创建%1（结构版本 %2）。</translation>
    </message>
    <message>
        <source>Upgraded %1 to schema %2; the previous file was backed up to %3.</source>
        <translation>已将%1升级到结构版本 %2；原文件已备份到%3。</translation>
    </message>
    <message>
        <source>%1 is up to date (schema %2).</source>
        <translation>%1已是最新版本（结构版本 %2）。</translation>
    </message>
    <message>
        <source>Create a new database, or upgrade an existing one (backing it up first).</source>
        <translation>新建数据库，或升级现有数据库（升级前先备份）。</translation>
    </message>
    <message>
        <source>Evaluate every warning rule (预警) and print the warnings.</source>
        <translation>检查全部预警规则并输出预警信息。</translation>
    </message>
    <message>
        <source>Fill a new database with a realistic, deterministic demo dataset (--scale N: N counties).</source>
        <translation>向新数据库写入贴近实际、内容固定的演示数据（--scale N：N 个县）。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s); nothing was imported.</source>
        <translation>
            <numerusform>共 %n 处错误，未导入任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入%1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file (default: the GUI&apos;s database).</source>
        <translation>数据库文件（默认：图形界面使用的数据库）。</translation>
    </message>
    <message>
        <source>Take this date as today (YYYY-MM-DD).</source>
        <translation>以此日期作为当天日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The year for training, assessment and report figures.</source>
        <translation>培训、考核和报告数据的统计年度。</translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation>输出格式：text、json 或 csv。</translation>
    </message>
    <message>
        <source>Write the result to FILE (type from its suffix).</source>
        <translation>将结果写入 FILE（文件类型由扩展名确定）。</translation>
    </message>
    <message>
        <source>Show identity-card numbers in full in JSON output.</source>
        <translation>在 JSON 输出中显示完整身份证号。</translation>
    </message>
    <message>
        <source>Language of printed and exported text: zh_CN or en.</source>
        <translation>打印和导出内容的语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Validate only; change nothing.</source>
        <translation>仅检查，不作任何修改。</translation>
    </message>
    <message>
        <source>Encoding of a CSV file: utf-8 or gb18030 (default: detected).</source>
        <translation>CSV 文件的编码：utf-8 或 gb18030（默认自动检测）。</translation>
    </message>
    <message>
        <source>The sheet of an XLSX file to read (default: the first).</source>
        <translation>要读取的 XLSX 工作表（默认第一个）。</translation>
    </message>
    <message>
        <source>Size of the demo dataset (1: a county).</source>
        <translation>演示数据的规模（1 为一个县）。</translation>
    </message>
    <message>
        <source>Exit with 1 when a warning of this level or higher is found: info, warning, error.</source>
        <translation>发现此级别或更高级别的预警时以退出码 1 退出：info、warning、error。</translation>
    </message>
    <message>
        <source>Limit to one enforcement body (its name).</source>
        <translation>仅限一个执法主体（填写其名称）。</translation>
    </message>
    <message>
        <source>The issuing unit printed on documents.</source>
        <translation>打印在文书上的单位名称。</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--as-of 应为 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>--year takes a year such as 2025, not &quot;%1&quot;.</source>
        <translation>--year 应为年份（如 2025），而不是“%1”。</translation>
    </message>
    <message>
        <source>--format is text, json or csv, not &quot;%1&quot;.</source>
        <translation>--format 应为 text、json 或 csv，而不是“%1”。</translation>
    </message>
    <message>
        <source>check takes no arguments, only options.</source>
        <translation>check 命令不接受参数，只接受选项。</translation>
    </message>
    <message>
        <source>--fail-on is info, warning or error, not &quot;%1&quot;.</source>
        <translation>--fail-on 应为 info、warning 或 error，而不是“%1”。</translation>
    </message>
    <message>
        <source>check prints text or json, not &quot;%1&quot;.</source>
        <translation>check 命令只能输出 text 或 json，不支持“%1”。</translation>
    </message>
    <message>
        <source>demo takes no arguments; use --scale N.</source>
        <translation>demo 命令不接受参数；请使用 --scale N。</translation>
    </message>
    <message>
        <source>--scale takes a number of counties from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--scale 应为 1 至 %1 之间的县数，而不是“%2”。</translation>
    </message>
    <message>
        <source>Demo dataset written to %1 as of %2 in %3 s: %4 agencies, %5 officers, %6 certificates, %7 trainings, %8 assessments.</source>
        <translation>演示数据已写入%1（基准日期 %2，用时 %3 秒）：执法主体 %4 个，执法人员 %5 名，执法证 %6 张，培训记录 %7 条，考核记录 %8 条。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>仅检查模式：未写入任何数据。</translation>
    </message>
    <message>
        <source>print roster takes no further arguments.</source>
        <translation>print roster 不接受其他参数。</translation>
    </message>
    <message>
        <source>print roster needs --out FILE.pdf.</source>
        <translation>print roster 需要 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>print writes PDF files: --out must end in .pdf, not &quot;%1&quot;.</source>
        <translation>print 只生成 PDF 文件：--out 须以 .pdf 结尾，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no enforcement body named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的执法主体。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Jiandu (监督台账): the command line of the law-enforcement supervision ledger.</source>
        <translation>监督台账（Jiandu）：行政执法监督台账命令行工具。</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>要执行的命令（见下文）。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) as of %1</source>
        <translation>
            <numerusform>截至%1共有预警 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, of which %n error(s).</source>
        <translation>
            <numerusform>，其中错误 %n 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 inserted, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>共 %n 行：新增 %1 行，更新 %2 行，未变 %3 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no calendar data. Deadlines that need this year are not counted; import its State Council schedule (calendar import FILE.json) or enter it in Settings.</source>
        <translation>%1年：无日历数据。涉及该年度的期限不予计算；请导入该年度的国务院办公厅放假通知安排（calendar import FILE.json），或在“设置”中录入。</translation>
    </message>
    <message>
        <source>%1: complete (shipped with the application).</source>
        <translation>%1年：数据完整（随应用程序提供）。</translation>
    </message>
    <message>
        <source>%1: complete (entered by the user).</source>
        <translation>%1年：数据完整（用户录入）。</translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation>放假通知：%1</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户录入</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>calendar show prints text or json, not &quot;%1&quot;.</source>
        <translation>calendar show 只能输出 text 或 json 格式，不支持“%1”。</translation>
    </message>
    <message>
        <source>calendar import takes one file: calendar import FILE.json</source>
        <translation>calendar import 只接受一个文件：calendar import FILE.json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s); complete year(s): %1.</source>
        <translation>
            <numerusform>已导入 %n 天；数据完整的年度：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar takes show [--year YEAR] [--format text|json] or import FILE.json.</source>
        <translation>calendar 命令用法：show [--year YEAR] [--format text|json] 或 import FILE.json。</translation>
    </message>
    <message>
        <source>Show a year of the working-day calendar, or import a year&apos;s holiday schedule (format of the shipped holidays-cn.json).</source>
        <translation>显示某一年度的工作日历，或导入某一年度的节假日安排（格式同内置的 holidays-cn.json）。</translation>
    </message>
    <message>
        <source>There is no case numbered &quot;%1&quot;.</source>
        <translation>不存在案号为“%1”的案件。</translation>
    </message>
    <message>
        <source>Case %1 has no file review in the activity &quot;%2&quot;.</source>
        <translation>案件 %1 在评查活动“%2”中没有案卷评查记录。</translation>
    </message>
    <message>
        <source>Case %1 has no file review.</source>
        <translation>案件 %1 没有案卷评查记录。</translation>
    </message>
    <message>
        <source>print review-sheet takes at most one case number.</source>
        <translation>print review-sheet 最多只能指定一个案号。</translation>
    </message>
    <message>
        <source>print review-sheet needs --out FILE.pdf.</source>
        <translation>print review-sheet 须指定 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>There is no review activity named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的评查活动。</translation>
    </message>
    <message>
        <source>Enforcement cases: %1.</source>
        <translation>执法案件：%1 件。</translation>
    </message>
    <message>
        <source>Tasks: the date of the source document, for deadlines written without a year (YYYY-MM-DD).</source>
        <translation>整改任务：来源文件的日期，用于未写年份的整改时限（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Supervision: %1 activities, %2 findings, %3 rectification tasks, %4 documents.</source>
        <translation>监督：监督活动 %1 项，发现问题 %2 个，整改任务 %3 项，监督文书 %4 份。</translation>
    </message>
    <message>
        <source>Usage: jiandu-cli export KIND --out FILE [--unmasked] [--as-of DATE] [--agency NAME] [--activity NAME]</source>
        <translation>用法：jiandu-cli export 类别 --out 文件 [--unmasked] [--as-of 日期] [--agency 名称] [--activity 名称]</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use agencies, officers, trainings, assessments, cases, findings or tasks.</source>
        <translation>未知类别“%1”：请使用 agencies、officers、trainings、assessments、cases、findings 或 tasks。</translation>
    </message>
    <message>
        <source>--activity limits an export of tasks or findings.</source>
        <translation>--activity 只用于导出整改任务或发现问题。</translation>
    </message>
    <message>
        <source>There is no supervision activity named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的监督活动。</translation>
    </message>
    <message>
        <source>Export agencies, officers, trainings, assessments, cases, findings or tasks to .csv, .xlsx or .json in the import layout.</source>
        <translation>按导入模板格式将执法主体、执法人员、培训、考核、案件、发现问题或整改任务导出为 .csv、.xlsx 或 .json。</translation>
    </message>
    <message>
        <source>Usage: jiandu-cli import KIND FILE [--dry-run] [--encoding E] [--sheet S] [--source-date DATE]</source>
        <translation>用法：jiandu-cli import 类别 文件 [--dry-run] [--encoding 编码] [--sheet 工作表] [--source-date 日期]</translation>
    </message>
    <message>
        <source>--source-date takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--source-date 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>--source-date is only for import tasks.</source>
        <translation>--source-date 只用于 import tasks。</translation>
    </message>
    <message>
        <source>Import a CSV or XLSX file of agencies, officers, trainings, assessments, cases, findings or tasks (all or nothing).</source>
        <translation>导入执法主体、执法人员、培训、考核、案件、发现问题或整改任务的 CSV 或 XLSX 文件（全部成功或全部不导入）。</translation>
    </message>
    <message>
        <source>An activity by its name: a case-file review activity, or a supervision activity (tasks, print ledger).</source>
        <translation>活动名称：案卷评查活动，或监督活动（用于 tasks、print ledger）。</translation>
    </message>
    <message>
        <source>print ledger takes no further arguments.</source>
        <translation>print ledger 不接受其他参数。</translation>
    </message>
    <message>
        <source>print ledger needs --out FILE.pdf.</source>
        <translation>print ledger 需要 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>print document needs the issuing number of the document, e.g. &quot;清司监通〔2025〕3号&quot;.</source>
        <translation>print document 需要指定文书的文号，如“清司监通〔2025〕3号”。</translation>
    </message>
    <message>
        <source>print document needs --out FILE.pdf.</source>
        <translation>print document 需要 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>There is no issued document numbered &quot;%1&quot;. A draft has no number yet: print drafts from the 监督文书 page, or issue the document first.</source>
        <translation>没有文号为“%1”的已签发文书。草稿尚无文号：请在“监督文书”页面打印草稿，或先签发该文书。</translation>
    </message>
    <message>
        <source>print needs the kind of document: roster, review-sheet, ledger, document.</source>
        <translation>print 需要指定打印内容：roster、review-sheet、ledger、document。</translation>
    </message>
    <message>
        <source>Unknown document kind &quot;%1&quot;; print knows: roster, review-sheet, ledger, document.</source>
        <translation>未知打印内容“%1”；print 支持：roster、review-sheet、ledger、document。</translation>
    </message>
    <message>
        <source>Print a document to PDF: the public roster of officers, a case-file review score sheet (blank without CASE_NO), the rectification ledger (of a supervision activity, of the tasks of an agency), an issued supervision document in the official format.</source>
        <translation>将文书打印为 PDF：执法人员公示名册、案卷评查评分表（未指定 CASE_NO 时为空白表）、整改台账（按监督活动或按执法主体的整改任务）、按公文格式排版的已签发监督文书。</translation>
    </message>
    <message>
        <source>report %1 needs --year YEAR.</source>
        <translation>report %1 需要 --year YEAR。</translation>
    </message>
    <message>
        <source>Finalised the annual report for %1 (%2, as of %3, version %4).</source>
        <translation>已定稿%1年度报告（%2，截至%3，第 %4 版）。</translation>
    </message>
    <message>
        <source>The annual report for %1 has not been finalised.</source>
        <translation>%1年度报告尚未定稿。</translation>
    </message>
    <message>
        <source>The finalised annual report for %1 (version %2, %3) matches the data.</source>
        <translation>%1年度报告定稿（第 %2 版，%3）与现有数据一致。</translation>
    </message>
    <message>
        <source>The data no longer give the finalised annual report for %1 (version %2): %3 figure(s) differ.</source>
        <translation>现有数据与%1年度报告定稿（第 %2 版）不一致：共有 %3 项数据不同。</translation>
    </message>
    <message>
        <source>report annual needs --year YEAR.</source>
        <translation>report annual 需要 --year YEAR。</translation>
    </message>
    <message>
        <source>report annual needs --out FILE (.json, .csv or .xlsx).</source>
        <translation>report annual 需要 --out FILE（.json、.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>report annual writes .json, .csv, .xlsx, .pdf or .odt, not &quot;%1&quot;.</source>
        <translation>report annual 只能生成 .json、.csv、.xlsx、.pdf 或 .odt 文件，不支持“%1”。</translation>
    </message>
    <message>
        <source>Wrote the annual report for %1 (%2, as of %3) to %4.</source>
        <translation>已将%1年度报告（%2，截至%3）写入%4。</translation>
    </message>
    <message>
        <source>Usage: report annual --year YEAR [--agency NAME] [--as-of DATE] --out FILE | report finalise --year YEAR [--agency NAME] [--as-of DATE] [--out FILE.json] | report verify --year YEAR [--agency NAME]</source>
        <translation>用法：report annual --year YEAR [--agency NAME] [--as-of DATE] --out FILE | report finalise --year YEAR [--agency NAME] [--as-of DATE] [--out FILE.json] | report verify --year YEAR [--agency NAME]</translation>
    </message>
    <message>
        <source>The annual enforcement report (行政执法年度报告) as .json, .csv, .xlsx, .pdf or .odt; finalise records it, verify compares it with the data.</source>
        <translation>生成行政执法年度报告（.json、.csv、.xlsx、.pdf 或 .odt）；finalise 将报告定稿存档，verify 将定稿与现有数据进行比对。</translation>
    </message>
    <message>
        <source>backup takes no arguments; use --out FILE.</source>
        <translation>backup 命令不接受参数；请使用 --out FILE。</translation>
    </message>
    <message>
        <source>backup needs --out FILE, the backup to write.</source>
        <translation>backup 命令需要 --out FILE，即要写入的备份文件。</translation>
    </message>
    <message>
        <source>backup prints text or json, not &quot;%1&quot;.</source>
        <translation>backup 命令只能输出 text 或 json，不支持“%1”。</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes, schema %3, %4 audit records, audit head %5, SHA-256 %6); manifest %7.</source>
        <translation>备份已写入%1（%2 字节，结构版本 %3，审计记录 %4 条，审计链头 %5，SHA-256 %6）；清单文件 %7。</translation>
    </message>
    <message>
        <source>restore takes one argument, the backup FILE to restore into --db.</source>
        <translation>restore 命令只接受一个参数，即要恢复到 --db 的备份文件 FILE。</translation>
    </message>
    <message>
        <source>%1: The database file does not exist. Create it with &apos;jiandu-cli init&apos; first, then restore into it.</source>
        <translation>%1：数据库文件不存在。请先用“jiandu-cli init”创建，再将备份恢复到该文件。</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (schema %3, %4 audit records, audit head %5).</source>
        <translation>已从%2恢复%1（结构版本 %3，审计记录 %4 条，审计链头 %5）。</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>原数据库已保留为%1。</translation>
    </message>
    <message>
        <source>Write a checked online backup of the database to FILE, with a manifest beside it.</source>
        <translation>将数据库在线备份到 FILE 并进行校验，同时在其旁生成清单文件。</translation>
    </message>
    <message>
        <source>Replace the database with the backup FILE after checking it; the current file is kept aside.</source>
        <translation>校验备份文件 FILE 后用其替换数据库；当前数据库文件另行保留。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>audit trail: %1 records</source>
        <translation>审计记录：共 %1 条</translation>
    </message>
    <message>
        <source>, head %1: </source>
        <translation>，链头 %1：</translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation>verify 命令不接受参数。</translation>
    </message>
    <message>
        <source>verify prints text or json, not &quot;%1&quot;.</source>
        <translation>verify 命令只能输出 text 或 json，不支持“%1”。</translation>
    </message>
    <message>
        <source>Check the database file (integrity, foreign keys) and its audit trail&apos;s hash chain; names the first bad record.</source>
        <translation>检查数据库文件（完整性、外键）及其审计链；指出第一条有问题的记录。</translation>
    </message>
    <message>
        <source>Log in as this account (a database with accounts on); the password comes from JIANDU_PASSWORD or is asked for on the terminal.</source>
        <translation>以此账户登录（适用于已启用账户的数据库）；密码取自 JIANDU_PASSWORD，或在终端中询问输入。</translation>
    </message>
    <message>
        <source>accounts on, user add, user set: the person&apos;s name (姓名).</source>
        <translation>accounts on、user add、user set：本人姓名。</translation>
    </message>
    <message>
        <source>user add, user set: the role: admin, auditor, staff or viewer.</source>
        <translation>user add、user set：角色，可为 admin（系统管理员）、auditor（审计管理员）、staff（监督科工作人员）或 viewer（只读）。</translation>
    </message>
    <message>
        <source>user set: let the account see every agency again.</source>
        <translation>user set：恢复该账户查看全部执法主体的权限。</translation>
    </message>
    <message>
        <source>user set: disable the account (it cannot log in).</source>
        <translation>user set：停用该账户（停用后不能登录）。</translation>
    </message>
    <message>
        <source>user set: enable a disabled account again.</source>
        <translation>user set：重新启用已停用的账户。</translation>
    </message>
    <message>
        <source>This database requires a login: --user NAME (the password from JIANDU_PASSWORD or asked for on the terminal).</source>
        <translation>此数据库需要登录：--user 用户名（密码取自 JIANDU_PASSWORD，或在终端中询问输入）。</translation>
    </message>
    <message>
        <source>--user: accounts are off on this database (single-user mode); run the command without --user, or turn accounts on with: jiandu-cli accounts on ADMIN</source>
        <translation>--user：此数据库未启用账户（单用户模式）；请不带 --user 运行命令，或用以下命令启用账户：jiandu-cli accounts on ADMIN</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>%1 must choose a new password before anything else; change your password first: jiandu-cli passwd --user %2</source>
        <translation>%1 须先设置新密码方可进行其他操作；请先修改密码：jiandu-cli passwd --user %2</translation>
    </message>
    <message>
        <source>No password: set %1, or run the command on a terminal to be asked.</source>
        <translation>未提供密码：请设置 %1，或在终端中运行命令以便输入密码。</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>再次输入新密码： </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing changed.</source>
        <translation>两次输入的密码不一致，未作任何改动。</translation>
    </message>
    <message>
        <source>Usage: jiandu-cli accounts on ADMIN [--name NAME]</source>
        <translation>用法：jiandu-cli accounts on ADMIN [--name 姓名]</translation>
    </message>
    <message>
        <source>Accounts are already on; add accounts with: jiandu-cli user add NAME --role ROLE --user ADMIN</source>
        <translation>已启用账户；可用以下命令添加账户：jiandu-cli user add NAME --role ROLE --user ADMIN</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码： </translation>
    </message>
    <message>
        <source>Accounts are on: %1 is the first administrator (%2). Every command now needs --user NAME; add accounts with: jiandu-cli user add NAME --role ROLE --user %1</source>
        <translation>已启用账户：%1 为首个管理员（%2）。此后每条命令都须带 --user 用户名；可用以下命令添加账户：jiandu-cli user add NAME --role ROLE --user %1</translation>
    </message>
    <message>
        <source>Usage: jiandu-cli accounts off --user ADMIN</source>
        <translation>用法：jiandu-cli accounts off --user ADMIN</translation>
    </message>
    <message>
        <source>Accounts are already off: this database is in single-user mode.</source>
        <translation>账户已处于关闭状态：此数据库为单用户模式。</translation>
    </message>
    <message>
        <source>Accounts are off: the database is back in single-user mode (no login). The accounts are kept for when they are turned on again.</source>
        <translation>账户已关闭：数据库恢复为单用户模式（无需登录）。现有账户予以保留，供重新开启时使用。</translation>
    </message>
    <message>
        <source>Usage: jiandu-cli accounts on ADMIN [--name NAME] | accounts off --user ADMIN</source>
        <translation>用法：jiandu-cli accounts on 管理员 [--name 姓名] | accounts off --user 管理员</translation>
    </message>
    <message>
        <source>Turn accounts on (every command then needs --user; ADMIN becomes the first administrator, password from JIANDU_NEW_PASSWORD or asked twice), or off (single-user mode). Exit code 4: the login or the role refused the command.</source>
        <translation>开启账户（此后每条命令都需要 --user；“管理员”成为首个管理员，密码取自 JIANDU_NEW_PASSWORD，或提示输入两次），或关闭账户（单用户模式）。退出码 4：登录失败或角色无权执行该命令。</translation>
    </message>
    <message>
        <source>passwd takes no arguments: jiandu-cli passwd --user NAME</source>
        <translation>passwd 命令不接受参数：jiandu-cli passwd --user 用户名</translation>
    </message>
    <message>
        <source>passwd changes an account&apos;s password, and accounts are off on this database (single-user mode).</source>
        <translation>passwd 命令用于修改账户密码，而此数据库未开启账户（单用户模式）。</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>已修改%1的密码。</translation>
    </message>
    <message>
        <source>Change your own password: the current one from JIANDU_PASSWORD or asked, the new one from JIANDU_NEW_PASSWORD or asked twice. Required at the first login.</source>
        <translation>修改本人密码：当前密码取自 JIANDU_PASSWORD 或提示输入，新密码取自 JIANDU_NEW_PASSWORD 或提示输入两次。首次登录时必须修改。</translation>
    </message>
    <message>
        <source>Usage: jiandu-cli user list [--format json] | user add NAME --role admin|auditor|staff|viewer [--name NAME] [--agency NAME] | user set NAME [--role ROLE] [--name NAME] [--agency NAME | --all-agencies] [--disable | --enable] | user reset-password NAME | user unlock NAME</source>
        <translation>用法：jiandu-cli user list [--format json] | user add 用户名 --role admin|auditor|staff|viewer [--name 姓名] [--agency 名称] | user set 用户名 [--role 角色] [--name 姓名] [--agency 名称 | --all-agencies] [--disable | --enable] | user reset-password 用户名 | user unlock 用户名</translation>
    </message>
    <message>
        <source>user list prints text or json, not &quot;%1&quot;.</source>
        <translation>user list 命令只能输出 text 或 json，不支持“%1”。</translation>
    </message>
    <message>
        <source>every agency</source>
        <translation>全部执法主体</translation>
    </message>
    <message>
        <source>username	name	role	agency	locked until	disabled	last login</source>
        <translation>用户名	姓名	角色	执法主体	锁定至	已停用	最近登录</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>--role is admin, auditor, staff or viewer, not &quot;%1&quot;.</source>
        <translation>--role 只能为 admin、auditor、staff 或 viewer，不支持“%1”。</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的账户。</translation>
    </message>
    <message>
        <source>user add needs --role admin, auditor, staff or viewer.</source>
        <translation>user add 命令需要 --role admin、auditor、staff 或 viewer。</translation>
    </message>
    <message>
        <source>Initial password for %1: </source>
        <translation>%1的初始密码：</translation>
    </message>
    <message>
        <source>Added %1 (%2); the password must be changed at the first login (jiandu-cli passwd).</source>
        <translation>已添加%1（%2）；首次登录时必须修改密码（jiandu-cli passwd）。</translation>
    </message>
    <message>
        <source>Give --agency NAME or --all-agencies, not both.</source>
        <translation>请指定 --agency 名称 或 --all-agencies，不能同时指定。</translation>
    </message>
    <message>
        <source>Give --disable or --enable, not both.</source>
        <translation>请指定 --disable 或 --enable，不能同时指定。</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>已修改%1。</translation>
    </message>
    <message>
        <source>Set a new password for %1; it must be changed at the next login.</source>
        <translation>已为%1设置新密码；下次登录时必须修改。</translation>
    </message>
    <message>
        <source>Unlocked %1.</source>
        <translation>已解锁%1。</translation>
    </message>
    <message>
        <source>Accounts are off on this database (single-user mode); turn them on first: jiandu-cli accounts on ADMIN</source>
        <translation>此数据库未开启账户（单用户模式）；请先开启账户：jiandu-cli accounts on 管理员</translation>
    </message>
    <message>
        <source>Manage the accounts (administrators): list them, add one (initial password from JIANDU_NEW_PASSWORD or asked twice, changed at the first login), change its role, name, agency or state, set a new password, unlock it.</source>
        <translation>管理账户（系统管理员）：列出账户，添加账户（初始密码取自 JIANDU_NEW_PASSWORD 或提示输入两次，首次登录时须修改），修改其角色、姓名、执法主体或状态，设置新密码，解锁账户。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file does not exist. Create it with &apos;jiandu-cli init&apos; or choose another file.</source>
        <translation>数据库文件不存在。请用“jiandu-cli init”创建，或选择其他文件。</translation>
    </message>
    <message>
        <source>The database file is empty.</source>
        <translation>数据库文件为空。</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database.</source>
        <translation>无法创建数据库所在的文件夹。</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>This file is not a Jiandu database (it belongs to another program).</source>
        <translation>此文件不是监督台账数据库（属于其他程序）。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Jiandu (schema %1; this version knows schema %2). Update Jiandu to work with it; the file has not been changed.</source>
        <translation>此数据库由较新版本的监督台账写入（结构版本 %1，本版本只支持到结构版本 %2）。请升级监督台账后再打开；文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database failed its integrity check and has been left untouched (%1).</source>
        <translation>数据库未通过完整性检查，未作任何改动（%1）。</translation>
    </message>
    <message>
        <source>No backup was found in %1.</source>
        <translation>在%1中未找到备份。</translation>
    </message>
    <message>
        <source>The most recent backup is %1.</source>
        <translation>最近一次备份为%1。</translation>
    </message>
    <message>
        <source>The script ends in an incomplete statement.</source>
        <translation>脚本末尾的语句不完整。</translation>
    </message>
    <message>
        <source>The database was not upgraded because the backup before the upgrade failed: %1</source>
        <translation>升级前的备份失败，数据库未升级：%1</translation>
    </message>
    <message>
        <source>Cannot read migration.</source>
        <translation>无法读取升级脚本。</translation>
    </message>
    <message>
        <source>Migration to schema %1</source>
        <translation>升级到结构版本 %1</translation>
    </message>
    <message>
        <source>Cannot create the backup folder.</source>
        <translation>无法创建备份文件夹。</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>the copy failed its integrity check</source>
        <translation>副本未通过完整性检查</translation>
    </message>
    <message>
        <source>the copy has a different schema version</source>
        <translation>副本的结构版本不一致</translation>
    </message>
    <message>
        <source>the copy has a different application id</source>
        <translation>副本的应用标识不一致</translation>
    </message>
    <message>
        <source>The backup could not be verified: %1</source>
        <translation>备份校验失败：%1</translation>
    </message>
    <message>
        <source>The backup could not be renamed into place.</source>
        <translation>无法将备份文件重命名为正式文件名。</translation>
    </message>
    <message>
        <source>Cannot open the database.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation>%1 表第 %2 行引用了 %3 表中不存在的记录</translation>
    </message>
    <message>
        <source>The database is on a network share (%1), where SQLite cannot keep it safe, and this computer is set to refuse such files. Copy it to a local disk, or ask the administrator to change the setting storage/network_share.</source>
        <translation>数据库位于网络共享文件夹（%1），SQLite 无法保证其安全，且本机已设置为拒绝打开此类文件。请将其复制到本地磁盘，或请管理员修改设置 storage/network_share。</translation>
    </message>
    <message>
        <source>The database is on a network share (%1), where SQLite is not safe. It is open read-only; keep the file on a local disk.</source>
        <translation>数据库位于网络共享文件夹（%1），SQLite 在此无法保证安全。数据库已以只读方式打开；请将文件存放在本地磁盘。</translation>
    </message>
    <message>
        <source>The database is on a network share (%1), where SQLite&apos;s WAL mode is not safe. Jiandu uses it in exclusive rollback-journal mode: no other program or computer can open it until you close it. Keep the file on a local disk and share backups instead.</source>
        <translation>数据库位于网络共享文件夹（%1），SQLite 的 WAL 模式在此无法保证安全。监督台账将以独占回滚日志模式使用该数据库：在您关闭之前，其他程序或计算机均无法打开。请将文件存放在本地磁盘，改为共享备份。</translation>
    </message>
    <message>
        <source>%1 Changes made here are still safe: SQLite keeps writers apart.</source>
        <translation>%1 在此所做的修改仍然安全：SQLite 会隔离各写入方。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database already holds %1 officers and %2 agencies; the demo dataset is only loaded into an empty database. Use a new file (--db).</source>
        <translation>数据库中已有执法人员 %1 名、执法主体 %2 个；演示数据只能写入空数据库。请使用新文件（--db）。</translation>
    </message>
    <message>
        <source>The demo dataset was cancelled; nothing was written.</source>
        <translation>已取消生成演示数据，未写入任何数据。</translation>
    </message>
    <message>
        <source>The scale must be between 1 and %1.</source>
        <translation>规模应在 1 至 %1 之间。</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>No such enforcement body.</source>
        <translation>没有该执法主体。</translation>
    </message>
    <message>
        <source>A reply period is from 0 to 3650 days.</source>
        <translation>回复期限应为 0 至 3650 天。</translation>
    </message>
    <message>
        <source>No such supervision activity.</source>
        <translation>没有该监督活动。</translation>
    </message>
    <message>
        <source>No such finding.</source>
        <translation>没有该发现问题。</translation>
    </message>
    <message>
        <source>A new document is saved as a draft; issuing it gives it its number.</source>
        <translation>新文书保存为草稿；签发时给予文号。</translation>
    </message>
    <message>
        <source>An issued document cannot be changed: its kind, title, recipient, body, issuer and task list stay as sent.</source>
        <translation>已签发的文书不能修改：文种、标题、主送机关、正文、署名和任务清单保持发出时的内容。</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>文书需要标题。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>No such document.</source>
        <translation>没有该文书。</translation>
    </message>
    <message>
        <source>A document that is %1 cannot become %2: the steps are draft, issued, served, replied.</source>
        <translation>处于“%1”状态的文书不能变为“%2”：流程为草稿、已签发、已送达、已回复。</translation>
    </message>
    <message>
        <source>A step needs its date.</source>
        <translation>该步骤需要日期。</translation>
    </message>
    <message>
        <source>The date cannot be before the document was issued on %1.</source>
        <translation>日期不能早于文书的签发日期 %1。</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>A document cannot be issued before it was drafted on %1.</source>
        <translation>文书不能在起草日期 %1 之前签发。</translation>
    </message>
    <message>
        <source>The number %1 is already used by another document: give each kind its own prefix in the settings.</source>
        <translation>文号 %1 已被其他文书使用：请在设置中为每种文书设置不同的前缀。</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>回复日期</translation>
    </message>
    <message>
        <source>Only a draft can be deleted: an issued document keeps its number.</source>
        <translation>只能删除草稿：已签发的文书保留其文号。</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 编码 (*.csv);;JSON 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>A finding needs the enforcement body concerned.</source>
        <translation>登记发现问题须注明所涉执法主体。</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>A finding needs the date found.</source>
        <translation>登记发现问题须注明发现日期。</translation>
    </message>
    <message>
        <source>Date found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>A finding needs the problem.</source>
        <translation>登记发现问题须填写问题内容。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No such problem of a file review.</source>
        <translation>该案卷评查中不存在此问题。</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>First-level headings</source>
        <translation>一级标题</translation>
    </message>
    <message>
        <source>Second-level headings</source>
        <translation>二级标题</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>%1: %2 stands in for %3, which is not installed.</source>
        <translation>%1：未安装%3，暂以%2代替。</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>an identity-card number has 18 characters, this one has %1</source>
        <translation>身份证号应为18位，此号码为%1位</translation>
    </message>
    <message>
        <source>character %1 of the identity-card number must be a digit</source>
        <translation>身份证号第%1位应为数字</translation>
    </message>
    <message>
        <source>the last character of the identity-card number must be a digit or X</source>
        <translation>身份证号最后一位应为数字或X</translation>
    </message>
    <message>
        <source>the birth date %1 in the identity-card number is not a real date</source>
        <translation>身份证号中的出生日期%1不是有效日期</translation>
    </message>
    <message>
        <source>the check digit is wrong (expected %1, found %2)</source>
        <translation>校验码错误（应为%1，实为%2）</translation>
    </message>
</context>
<context>
    <name>Io</name>
    <message>
        <source>Cannot export to &quot;%1&quot;: the file name must end in .csv, .xlsx or .json.</source>
        <translation>无法导出到“%1”：文件名须以 .csv、.xlsx 或 .json 结尾。</translation>
    </message>
    <message>
        <source>an agency cannot be its own parent</source>
        <translation>执法主体不能以自身为上级</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>未知列，已忽略</translation>
    </message>
    <message>
        <source>the column appears twice (also as &quot;%1&quot;)</source>
        <translation>该列重复出现（另一列为“%1”）</translation>
    </message>
    <message>
        <source>the required column is missing</source>
        <translation>缺少必填列</translation>
    </message>
    <message>
        <source>the file needs a column 身份证号 or 执法证号 to identify the officer</source>
        <translation>文件须有“身份证号”或“执法证号”列，用以确定执法人员</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text; if it was saved by Excel on Chinese Windows, import it with the encoding GB18030.</source>
        <translation>文件不是有效的 UTF-8 文本；如果是中文 Windows 上的 Excel 保存的文件，请选择 GB18030 编码导入。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use UTF-8 or GB18030.</source>
        <translation>未知编码“%1”：请使用 UTF-8 或 GB18030。</translation>
    </message>
    <message>
        <source>This build cannot decode GB18030 text.</source>
        <translation>此版本无法解码 GB18030 文本。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text; save it from the spreadsheet as CSV (UTF-8).</source>
        <translation>文件既不是 UTF-8 文本，也不是 GB18030 文本；请在表格软件中另存为 CSV（UTF-8）文件。</translation>
    </message>
    <message>
        <source>The file is not valid GB18030 text.</source>
        <translation>文件不是有效的 GB18030 文本。</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>须填写日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日</source>
        <translation>“%1”不是日期；请写作 2024-03-05、2024/3/5、2024.3.5 或 2024年3月5日</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no; write 是 or 否</source>
        <translation>“%1”不是“是”或“否”；请填写“是”或“否”</translation>
    </message>
    <message>
        <source>give the officer&apos;s 身份证号 or 执法证号</source>
        <translation>请填写执法人员的身份证号或执法证号</translation>
    </message>
    <message>
        <source>a masked 身份证号 cannot identify the officer; give the 执法证号 or export with --unmasked</source>
        <translation>已脱敏的身份证号无法确定执法人员；请填写执法证号，或使用 --unmasked 导出</translation>
    </message>
    <message>
        <source>no officer has the identity-card number %1; import the officers first</source>
        <translation>没有身份证号为%1的执法人员；请先导入执法人员</translation>
    </message>
    <message>
        <source>no officer holds the certificate %1</source>
        <translation>没有持有执法证%1的执法人员</translation>
    </message>
    <message>
        <source>the certificate %1 belongs to another officer than the identity-card number</source>
        <translation>执法证%1与身份证号不属于同一执法人员</translation>
    </message>
    <message>
        <source>a value is required (one of %1)</source>
        <translation>不能为空（可填：%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是可填的值，应为%2之一</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>Enforcement bodies</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>Enforcement officers</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>Annual assessments</source>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the file name must end in .csv or .xlsx.</source>
        <translation>无法读取“%1”：文件名须以 .csv 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>无法读取文件：%1。</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file has a header row but no data rows</source>
        <translation>文件只有表头，没有数据行</translation>
    </message>
    <message>
        <source>the number is masked (%1): a masked export cannot be imported; export with --unmasked</source>
        <translation>号码已脱敏（%1）：脱敏导出的文件不能导入；请使用 --unmasked 导出</translation>
    </message>
    <message>
        <source>certificate details are given without the 执法证号</source>
        <translation>填写了执法证信息，但缺少执法证号</translation>
    </message>
    <message>
        <source>the expiry date is before the issue date</source>
        <translation>有效期截止日期早于发证日期</translation>
    </message>
    <message>
        <source>the certificate %1 is held by another officer</source>
        <translation>执法证%1已由其他执法人员持有</translation>
    </message>
    <message>
        <source>no enforcement body is named &quot;%1&quot;; import the agencies first</source>
        <translation>没有名为“%1”的执法主体；请先导入执法主体</translation>
    </message>
    <message>
        <source>the phone number is masked: a masked export cannot be imported; export with --unmasked</source>
        <translation>联系电话已脱敏：脱敏导出的文件不能导入；请使用 --unmasked 导出</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of class hours</source>
        <translation>“%1”不是有效的学时数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of minutes</source>
        <translation>“%1”不是有效的分钟数</translation>
    </message>
    <message>
        <source>give the class hours (学时) or the duration (时长(分钟))</source>
        <translation>请填写学时或时长(分钟)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year such as 2024</source>
        <translation>“%1”不是年份（如 2024）</translation>
    </message>
    <message>
        <source>The file cannot be written: %1.</source>
        <translation>无法写入文件：%1。</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>the temporary file could not be renamed</source>
        <translation>无法重命名临时文件</translation>
    </message>
    <message>
        <source>The file is not a readable XLSX workbook (%1). Save it again from the spreadsheet as .xlsx, or as CSV.</source>
        <translation>文件不是可读取的 XLSX 工作簿（%1）。请在表格软件中重新另存为 .xlsx 或 CSV 文件。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;; its sheets are: %2.</source>
        <translation>工作簿中没有名为“%1”的工作表；现有工作表：%2。</translation>
    </message>
    <message>
        <source>no sheet</source>
        <translation>没有工作表</translation>
    </message>
    <message>
        <source>cell reference out of range</source>
        <translation>单元格引用超出范围</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>不是 zip 压缩文件</translation>
    </message>
    <message>
        <source>duplicate: the same record is already on line %1</source>
        <translation>记录重复：与第 %1 行为同一条记录</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation>“%1”重复填写</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan such as 12500 or 12,500.50</source>
        <translation>“%1”不是以元为单位的金额（如 12500 或 12,500.50）</translation>
    </message>
    <message>
        <source>no officer holds the certificate %1; import the officers first</source>
        <translation>没有持有执法证%1的执法人员；请先导入执法人员</translation>
    </message>
    <message>
        <source>Enforcement cases</source>
        <translation>执法案件</translation>
    </message>
    <message>
        <source>no case has the number %1; import the cases first</source>
        <translation>没有案号为 %1 的案件；请先导入案件</translation>
    </message>
    <message>
        <source>Supervision findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Rectification tasks</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <source>The task has been deleted meanwhile.</source>
        <translation>该任务已在此期间被删除。</translation>
    </message>
    <message>
        <source>%1 differs from the 来源日期 %2 of the same source on line %3</source>
        <translation>%1 与第 %3 行同一来源的来源日期 %2 不一致</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no year and the source has no date (来源日期 or --source-date): kept as written, set its date by hand</source>
        <translation>“%1”未写年份，来源也没有日期（来源日期或 --source-date）：按原文保留，请手工设定日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not understood as a date or a continuing commitment: kept as written, set its date by hand</source>
        <translation>无法将“%1”理解为日期或持续性要求：按原文保留，请手工设定日期</translation>
    </message>
    <message>
        <source>a task that is 已销号 needs its 销号日期</source>
        <translation>已销号的任务需要销号日期</translation>
    </message>
    <message>
        <source>a 销号日期 is given but the status is not 已销号</source>
        <translation>填写了销号日期，但状态不是已销号</translation>
    </message>
    <message>
        <source>the task was signed off on %1; that date is kept</source>
        <translation>该任务已于 %1 销号；保留原销号日期</translation>
    </message>
    <message>
        <source>the task is already %1 in the ledger; an import does not move a status back (return the task with a reason in the ledger)</source>
        <translation>台账中该任务已是“%1”；导入不会回退状态（请在台账中说明理由后退回）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known enforcement body or section: kept as written</source>
        <translation>“%1”不是已知的执法主体或科室：按原文保留</translation>
    </message>
    <message>
        <source>the disk is full or the file is too large (the write stopped part-way)</source>
        <translation>磁盘已满或文件过大（写入中途停止）</translation>
    </message>
</context>
<context>
    <name>Jiandu::DatabaseLock</name>
    <message>
        <source>The database is already open in another Jiandu window.</source>
        <translation>数据库已在另一个监督台账窗口中打开。</translation>
    </message>
    <message>
        <source>The lock file beside the database cannot be written (the folder may be read-only).</source>
        <translation>无法写入数据库旁的锁文件（所在文件夹可能为只读）。</translation>
    </message>
</context>
<context>
    <name>Jiandu::DatabaseLock::Holder</name>
    <message>
        <source>another computer</source>
        <translation>另一台计算机</translation>
    </message>
    <message>
        <source>The database is already open on %1 (process %2) since %3.</source>
        <translation>数据库自 %3 起已在 %1（进程 %2）上打开。</translation>
    </message>
    <message>
        <source>The database is already open: opened by %1 on %2 since %3.</source>
        <translation>数据库已被打开：%1 自 %3 起在 %2 上打开。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui</name>
    <message>
        <source>Jiandu</source>
        <translation>监督台账</translation>
    </message>
    <message>
        <source>Two people editing the same file unaware of each other overwrite each other&apos;s work. Open it read-only, or quit and ask the holder to close it.</source>
        <translation>两人在互不知情的情况下编辑同一文件，会相互覆盖对方的工作。请以只读方式打开，或退出并请占用者关闭该文件。</translation>
    </message>
    <message>
        <source>Jiandu cannot mark the file as in use. Open it read-only, or quit.</source>
        <translation>监督台账无法将该文件标记为正在使用。请以只读方式打开，或退出。</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::AccountDialog</name>
    <message>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
    <message>
        <source>Disabled: the account cannot log in</source>
        <translation>已停用：该账户不能登录</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>账户：%1</translation>
    </message>
    <message>
        <source>2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>2 至 32 个字母、数字、“.”、“_”或“-”</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>全部执法主体</translation>
    </message>
    <message>
        <source>An account limited to one agency sees and changes only that agency&apos;s records (a department&apos;s clerk).</source>
        <translation>仅限一个执法主体的账户只能查看和修改该执法主体的记录（如部门经办人员）。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Initial password again</source>
        <translation>再次输入初始密码</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The new user must change the initial password at the first login.</source>
        <translation>新用户首次登录时必须修改初始密码。</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the field marked in red.</source>
        <translation>未保存：请更正标红的字段。</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>未保存。%1</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>请输入用户姓名。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::AccountTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Must change the password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>全部执法主体</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ActivityDialog</name>
    <message>
        <source>Started on</source>
        <translation>已开始</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>e.g. the county justice bureau</source>
        <translation>如：县司法局</translation>
    </message>
    <message>
        <source>The date of the source document: a deadline without a year (&quot;12月底&quot;) is the first such date on or after it.</source>
        <translation>来源文件的成文日期：未写年份的整改时限（如“12月底”）按该日期当日或之后最近的对应日期计算。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Supervising unit:</source>
        <translation>监督单位：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Source document:</source>
        <translation>来源文件：</translation>
    </message>
    <message>
        <source>Target bodies:</source>
        <translation>被监督单位：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>该监督活动已不存在。</translation>
    </message>
    <message>
        <source>Supervision activity %1</source>
        <translation>监督活动：%1</translation>
    </message>
    <message>
        <source>New supervision activity</source>
        <translation>新建监督活动</translation>
    </message>
    <message>
        <source>Give the activity a name.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <source>The activity cannot end before it starts.</source>
        <translation>活动的结束日期不能早于开始日期。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::AgencyTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>未指定区域</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::AssessmentEditor</name>
    <message>
        <source>Edit assessment</source>
        <translation>编辑考核记录</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新增考核记录</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>考核结果</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::AuditPage</name>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Record key contains…</source>
        <translation>记录标识包含…</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <source>Walk the whole audit trail&apos;s hash chain and name the first record that was changed, deleted or inserted</source>
        <translation>遍历整个审计日志的哈希链，指出第一条被修改、删除或插入的记录</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>Select a record to see what changed.</source>
        <translation>选择一条记录以查看修改内容。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 %3 · %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>正在导出审计日志…</translation>
    </message>
    <message>
        <source>%1 records written to %2.</source>
        <translation>已将 %1 条记录写入%2。</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>The audit chain is whole: %1 records, head %2.</source>
        <translation>审计链完整：共 %1 条记录，审计链头 %2。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>This database predates the audit chain: nothing to verify.</source>
        <translation>此数据库早于审计链功能：无需校验。</translation>
    </message>
    <message>
        <source>The audit chain is broken: %1</source>
        <translation>审计链已断裂：%1</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::AuditTableModel</name>
    <message>
        <source>The audit records could not be counted.</source>
        <translation>无法统计审计记录数量。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::AutoBackup</name>
    <message>
        <source>Backing up the database before closing…</source>
        <translation>正在关闭前备份数据库…</translation>
    </message>
    <message>
        <source>Jiandu</source>
        <translation>监督台账</translation>
    </message>
    <message>
        <source>The backup on exit did not run.</source>
        <translation>退出时未执行备份。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::BackupPanel</name>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Back up when Jiandu closes</source>
        <translation>监督台账关闭时备份</translation>
    </message>
    <message>
        <source>Back up once a day</source>
        <translation>每天备份一次</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>保存备份设置</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source> automatic backups</source>
        <translation> 份自动备份</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Audit head</source>
        <translation>审计链头</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入%1。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹%1。</translation>
    </message>
    <message>
        <source>The backup settings were not saved: %1</source>
        <translation>备份设置未保存：%1</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>备份设置已保存。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Select a backup in the list first.</source>
        <translation>请先在列表中选择一个备份。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Jiandu database (*.sqlite *.db);;All files (*)</source>
        <translation>监督台账数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>无法恢复此备份：%1</translation>
    </message>
    <message>
        <source>Replace the current database by this backup?</source>
        <translation>确定用此备份替换当前数据库吗？</translation>
    </message>
    <message>
        <source>Backup: %1
Made at: %2
Audit records: %3
Audit head: %4

The current database is kept aside (never deleted), and Jiandu restarts on the restored file.</source>
        <translation>备份：%1
备份时间：%2
审计记录：%3 条
审计链头：%4

当前数据库将另行保留（不会删除），监督台账将重新启动并使用恢复后的文件。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::CalendarEditor</name>
    <message>
        <source>The year to show</source>
        <translation>要显示的年度</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休工作日</translation>
    </message>
    <message>
        <source>Festival, e.g. 春节</source>
        <translation>节日，如春节</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <source>The State Council notice (number or address)</source>
        <translation>国务院办公厅放假通知（文号或网址）</translation>
    </message>
    <message>
        <source>Mark year complete</source>
        <translation>标记本年度数据完整</translation>
    </message>
    <message>
        <source>Mark year incomplete</source>
        <translation>标记本年度数据不完整</translation>
    </message>
    <message>
        <source>%1 has no calendar data: deadlines that need it are not counted. Enter its days from the State Council notice and mark it complete.</source>
        <translation>%1年无日历数据，涉及该年度的期限不予计算。请根据国务院办公厅放假通知录入该年度的日期，并标记为数据完整。</translation>
    </message>
    <message>
        <source>%1 is complete, entered by the user (%2).</source>
        <translation>%1年数据完整，由用户录入（%2）。</translation>
    </message>
    <message>
        <source>%1 is complete, shipped with the application (%2).</source>
        <translation>%1年数据完整，随应用程序提供（%2）。</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>用户录入</translation>
    </message>
    <message>
        <source>Shipped (read-only)</source>
        <translation>内置（只读）</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Name the festival the day belongs to.</source>
        <translation>请填写该日所属的节日。</translation>
    </message>
    <message>
        <source>The day is not in %1.</source>
        <translation>该日期不在%1年内。</translation>
    </message>
    <message>
        <source>Give the notice the year&apos;s schedule comes from.</source>
        <translation>请填写本年度安排所依据的放假通知。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::CaseDialog</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>办案流程</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>法制审核</translation>
    </message>
    <message>
        <source>Outcome and appeals</source>
        <translation>处理结果与复议诉讼</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>编辑案件 %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Major enforcement decision (needs legal review first)</source>
        <translation>重大执法决定（须先经法制审核）</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>案号：</translation>
    </message>
    <message>
        <source>Enforcement body:</source>
        <translation>执法主体：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Cause of action:</source>
        <translation>案由：</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>当事人：</translation>
    </message>
    <message>
        <source>Party type:</source>
        <translation>当事人类型：</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>立案日期：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决定日期：</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>结案日期：</translation>
    </message>
    <message>
        <source>%1 (no certificate)</source>
        <translation>%1（无执法证）</translation>
    </message>
    <message>
        <source>Stage (recorded)</source>
        <translation>环节（已记录）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Audio/video</source>
        <translation>音视频记录</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人员</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>送审日期</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Add a round</source>
        <translation>添加一轮</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Hearing requested</source>
        <translation>已申请听证</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>举行日期</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>公示日期</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>撤下公示日期</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Transferred to judicial organs</source>
        <translation>移送司法机关</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Penalties:</source>
        <translation>处罚种类：</translation>
    </message>
    <message>
        <source>Discretion:</source>
        <translation>自由裁量：</translation>
    </message>
    <message>
        <source>Licence result:</source>
        <translation>许可结果：</translation>
    </message>
    <message>
        <source>Fine (yuan):</source>
        <translation>罚款（元）：</translation>
    </message>
    <message>
        <source>Confiscation (yuan):</source>
        <translation>没收（元）：</translation>
    </message>
    <message>
        <source>Publicity:</source>
        <translation>公示：</translation>
    </message>
    <message>
        <source>Take-down:</source>
        <translation>撤下公示：</translation>
    </message>
    <message>
        <source>Reconsideration:</source>
        <translation>行政复议：</translation>
    </message>
    <message>
        <source>Litigation:</source>
        <translation>行政诉讼：</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>延期：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::CaseTableModel</name>
    <message>
        <source>The cases could not be counted.</source>
        <translation>无法统计案件数量。</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::CaseViewDialog</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>due %1 (working days)</source>
        <translation>期限 %1（工作日）</translation>
    </message>
    <message>
        <source>due %1 (calendar days)</source>
        <translation>期限 %1（自然日）</translation>
    </message>
    <message>
        <source>(done %1)</source>
        <translation>（已于 %1 完成）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Audio/video</source>
        <translation>音视频记录</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Taken down on %1</source>
        <translation>已于 %1 撤下公示</translation>
    </message>
    <message>
        <source>No legal review recorded.</source>
        <translation>无法制审核记录。</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人员</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>送审日期</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>No collective discussion recorded.</source>
        <translation>无集体讨论记录。</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>举行日期</translation>
    </message>
    <message>
        <source>unknown officer</source>
        <translation>未知执法人员</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>无执法证</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Filed / decided / closed</source>
        <translation>立案 / 决定 / 结案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Major decision</source>
        <translation>重大执法决定</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>处罚种类</translation>
    </message>
    <message>
        <source>Discretion</source>
        <translation>自由裁量</translation>
    </message>
    <message>
        <source>Licence result</source>
        <translation>许可结果</translation>
    </message>
    <message>
        <source>Measures and executions</source>
        <translation>强制措施与强制执行</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <source>Confiscation</source>
        <translation>没收</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <source>Requested, held %1</source>
        <translation>已申请，于 %1 举行</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>未申请</translation>
    </message>
    <message>
        <source>Published / taken down</source>
        <translation>公示 / 撤下公示</translation>
    </message>
    <message>
        <source>Reconsideration</source>
        <translation>行政复议</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>行政诉讼</translation>
    </message>
    <message>
        <source>Transferred to judicial organs</source>
        <translation>移送司法机关</translation>
    </message>
    <message>
        <source>Yes, on %1</source>
        <translation>是，%1</translation>
    </message>
    <message>
        <source>Handling period</source>
        <translation>办案期限</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>as set for the kind</source>
        <translation>按该类型的设定</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>%1 days, approved %2 by %3</source>
        <translation>%1 天，%3 于 %2 批准</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Process (as of %1)</source>
        <translation>办案流程（截至 %1）</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>法制审核</translation>
    </message>
    <message>
        <source>Collective discussion</source>
        <translation>集体讨论</translation>
    </message>
    <message>
        <source>Outcome, publicity and appeals</source>
        <translation>处理结果、公示与复议诉讼</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::CasesPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>Search case number, cause of action or party</source>
        <translation>搜索案号、案由或当事人</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>The year a case counts in: its decision&apos;s, else its filing&apos;s</source>
        <translation>案件的统计年度：以决定日期为准，尚未作出决定的以立案日期为准</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>有预警</translation>
    </message>
    <message>
        <source>Only cases named by a case rule (publicity, handling period, legal review, officers)</source>
        <translation>仅显示触发案件规则的案件（公示、办案期限、法制审核、执法人员）</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Counting cases…</source>
        <translation>正在统计案件…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件案件</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1 loaded, scroll for more</source>
        <translation> — 已加载 %1 件，滚动查看更多</translation>
    </message>
    <message>
        <source>Checking the case rules…</source>
        <translation>正在检查案件规则…</translation>
    </message>
    <message>
        <source> (some rules failed: %1)</source>
        <translation>（部分规则检查失败：%1）</translation>
    </message>
    <message>
        <source>Delete cases</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <source>Delete %1 with their whole process record? The audit trail keeps a record.</source>
        <translation>确定删除 %1 及其全部办案流程记录吗？审计日志将保留相关记录。</translation>
    </message>
    <message>
        <source>Nothing was deleted. %1</source>
        <translation>未删除任何内容。%1</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>导出案件</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 件案件写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the cases of every month again</source>
        <translation>重新显示所有月份的案件</translation>
    </message>
    <message>
        <source>Filed in %1 ✕</source>
        <translation>立案月份：%1 ✕</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::CertificateEditor</name>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有期限</translation>
    </message>
    <message>
        <source>Edit certificate</source>
        <translation>编辑执法证</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>新增执法证</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Enforcement category</source>
        <translation>执法类别</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>证件状态</translation>
    </message>
    <message>
        <source>Enter the certificate number.</source>
        <translation>请填写执法证号。</translation>
    </message>
    <message>
        <source>The expiry date is before the issue date.</source>
        <translation>有效期截止日期早于发证日期。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Before you start, choose a new password of your own: the one you logged in with was set by an administrator.</source>
        <translation>您登录所用的密码由管理员设置，开始使用前请设置您自己的新密码。</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>请设置新密码。</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>At least 8 characters, of at least 3 kinds: upper-case letters, lower-case letters, digits, other characters.</source>
        <translation>至少 8 个字符，且至少包含以下 3 类字符：大写字母、小写字母、数字、其他字符。</translation>
    </message>
    <message>
        <source>The password is strong enough; enter it again below.</source>
        <translation>密码强度符合要求；请在下方再次输入。</translation>
    </message>
    <message>
        <source>The password is strong enough.</source>
        <translation>密码强度符合要求。</translation>
    </message>
    <message>
        <source>New password: %1</source>
        <translation>新密码：%1</translation>
    </message>
    <message>
        <source>New password again: the two entries differ.</source>
        <translation>再次输入新密码：两次输入不一致。</translation>
    </message>
    <message>
        <source>New password: choose one that differs from the current password.</source>
        <translation>新密码：请设置与当前密码不同的密码。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::DashboardCharts</name>
    <message>
        <source>Cases filed per month</source>
        <translation>每月立案数</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Click a bar to list the cases filed in that month</source>
        <translation>点击柱形可列出该月立案的案件</translation>
    </message>
    <message>
        <source>Rectification by unit</source>
        <translation>各单位整改情况</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未销号</translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>无整改任务</translation>
    </message>
    <message>
        <source>%1: %2 of %3 tasks signed off</source>
        <translation>%1：共 %3 项整改任务，已销号 %2 项</translation>
    </message>
    <message>
        <source>Click a bar to list the unit&apos;s rectification tasks</source>
        <translation>点击柱形可列出该单位的整改任务</translation>
    </message>
    <message>
        <source>Certificate coverage by body</source>
        <translation>各执法主体持证率</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>已持证</translation>
    </message>
    <message>
        <source>Without certificate</source>
        <translation>未持证</translation>
    </message>
    <message>
        <source>No officers</source>
        <translation>无执法人员</translation>
    </message>
    <message>
        <source>%1: %2 of %3 officers in post certified</source>
        <translation>%1：在岗执法人员 %3 名，其中持证 %2 名</translation>
    </message>
    <message>
        <source>Click a bar to open the body in the roster</source>
        <translation>点击柱形可在执法人员页面查看该执法主体</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::DashboardPage</name>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Evaluate the warning rules again on the current data</source>
        <translation>按当前数据重新检查预警规则</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警事项</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>对象标识</translation>
    </message>
    <message>
        <source>Evaluating the warning rules…</source>
        <translation>正在检查预警规则…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>The warnings could not be evaluated: %1</source>
        <translation>无法检查预警：%1</translation>
    </message>
    <message>
        <source>No warnings: every rule is satisfied.</source>
        <translation>无预警：各项规则均已满足。</translation>
    </message>
    <message>
        <source>Click a count to list only the warnings of that level</source>
        <translation>点击数字可仅列出该级别的预警</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::DeadlinesPanel</name>
    <message>
        <source>Due in the next %1 days</source>
        <translation>未来%1天到期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Rectification tasks</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Publicity deadlines</source>
        <translation>公示期限</translation>
    </message>
    <message>
        <source>Certificates expiring</source>
        <translation>执法证即将到期</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::DocumentEditor</name>
    <message>
        <source>One paragraph a line; 一、 and （一） start headings.</source>
        <translation>每行一段；以“一、”“（一）”开头的为标题。</translation>
    </message>
    <message>
        <source>What the reply says</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>签发…</translation>
    </message>
    <message>
        <source>Gives the document its issuing number; it cannot be edited afterwards.</source>
        <translation>为文书编定文号；签发后不能再修改。</translation>
    </message>
    <message>
        <source>Mark served</source>
        <translation>标记为已送达</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>登记回复</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>删除草稿…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Document settings…</source>
        <translation>文书设置…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>主送机关：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>发文机关：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Attached task list</source>
        <translation>所附整改任务清单</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>该文书已不存在。</translation>
    </message>
    <message>
        <source>Supervision document (draft): %1</source>
        <translation>监督文书（草稿）：%1</translation>
    </message>
    <message>
        <source>Supervision document %1</source>
        <translation>监督文书 %1</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>整改任务 %1</translation>
    </message>
    <message>
        <source>(given when issued)</source>
        <translation>（签发时编定）</translation>
    </message>
    <message>
        <source> — issued %1</source>
        <translation> — %1 签发</translation>
    </message>
    <message>
        <source>, served %1</source>
        <translation>，%1 送达</translation>
    </message>
    <message>
        <source>, replied %1</source>
        <translation>，%1 回复</translation>
    </message>
    <message>
        <source>, reply due %1</source>
        <translation>，回复期限 %1</translation>
    </message>
    <message>
        <source>Give the document a title.</source>
        <translation>请填写文书标题。</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>Issue the document</source>
        <translation>签发文书</translation>
    </message>
    <message>
        <source>Issue &quot;%1&quot; now? It gets the next issuing number of its kind for %2 and cannot be edited afterwards.</source>
        <translation>确定现在签发“%1”吗？签发后将按%2年度同类文书顺序编定文号，且不能再修改。</translation>
    </message>
    <message>
        <source>Issued as %1.</source>
        <translation>已签发，文号为 %1。</translation>
    </message>
    <message>
        <source>Marked as served.</source>
        <translation>已标记为已送达。</translation>
    </message>
    <message>
        <source>The reply is recorded.</source>
        <translation>已登记回复。</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete the draft &quot;%1&quot;?</source>
        <translation>确定删除草稿“%1”吗？</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>将文书保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>已写入%1，共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>New document</source>
        <translation>新建文书</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::DocumentSettingsDialog</name>
    <message>
        <source>Document settings</source>
        <translation>文书设置</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number prefix</source>
        <translation>文号前缀</translation>
    </message>
    <message>
        <source>Reply within (days)</source>
        <translation>回复期限（天）</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>无需回复</translation>
    </message>
    <message>
        <source>Issuing authority:</source>
        <translation>发文机关：</translation>
    </message>
    <message>
        <source>A document&apos;s number is its prefix, the year and the next number of its kind: 清司监通〔2025〕3号.</source>
        <translation>文号由前缀、年份和同类文书的顺序号组成，如：清司监通〔2025〕3号。</translation>
    </message>
    <message>
        <source>Give every kind a number prefix.</source>
        <translation>请为每种类型设置文号前缀。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::DocumentTableModel</name>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <source>The reply is overdue</source>
        <translation>已逾期未回复</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <source>Replied %1</source>
        <translation>已于 %1 回复</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::DocumentsPage</name>
    <message>
        <source>New from activity…</source>
        <translation>依据监督活动新建…</translation>
    </message>
    <message>
        <source>New from finding…</source>
        <translation>依据发现问题新建…</translation>
    </message>
    <message>
        <source>New blank…</source>
        <translation>新建空白文书…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Document settings…</source>
        <translation>文书设置…</translation>
    </message>
    <message>
        <source>Search number, title or recipient</source>
        <translation>搜索文号、标题或主送机关</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>共 %n 份文书</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1 loaded, scroll for more</source>
        <translation> — 已加载 %1 份，滚动查看更多</translation>
    </message>
    <message>
        <source>New document from an activity</source>
        <translation>依据监督活动新建文书</translation>
    </message>
    <message>
        <source>The activity&apos;s target bodies</source>
        <translation>该活动的被监督单位</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>监督活动：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>主送机关：</translation>
    </message>
    <message>
        <source>There is no supervision activity yet.</source>
        <translation>尚无监督活动。</translation>
    </message>
    <message>
        <source>New document from a finding</source>
        <translation>依据发现问题新建文书</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>发现问题：</translation>
    </message>
    <message>
        <source>There is no finding yet.</source>
        <translation>尚无发现问题。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::FindingDialog</name>
    <message>
        <source>New finding</source>
        <translation>登记发现问题</translation>
    </message>
    <message>
        <source>e.g. 程序违法, 文书不规范</source>
        <translation>如：程序违法、文书不规范</translation>
    </message>
    <message>
        <source>Enforcement body:</source>
        <translation>执法主体：</translation>
    </message>
    <message>
        <source>Found on:</source>
        <translation>发现日期：</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Describe the problem found.</source>
        <translation>请描述发现的问题。</translation>
    </message>
    <message>
        <source>Choose the enforcement body concerned.</source>
        <translation>请选择所涉执法主体。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::IdleLock</name>
    <message>
        <source>Locked after a time without use.</source>
        <translation>闲置超时，已锁定。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ImportCheckPage</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Every row is validated before anything is written.</source>
        <translation>写入前逐行检查全部数据。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found. Nothing can be imported until they are corrected in the file: correct it, then go back and check it again.</source>
        <translation>
            <numerusform>发现 %n 处错误。文件中的错误更正前无法导入：请更正文件，然后返回重新检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors in %n row(s): %1 new, %2 updated, %3 unchanged. Warnings and notes do not stop the import. Click Import to write the rows.</source>
        <translation>
            <numerusform>%n 行数据均无错误：新增 %1 行，更新 %2 行，未变 %3 行。警告和提示不影响导入。点击“导入”写入数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The first rows as they were read. Check that the columns and characters look right.</source>
        <translation>以下是读取到的前几行数据。请核对各列是否对应、文字有无乱码。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 column(s) · the first %n data row(s)</source>
        <translation>
            <numerusform>%1 · %2 列 · 前 %n 行数据</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Importing %1 from %2…</source>
        <translation>正在从%2导入%1…</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be written.</source>
        <translation>正在取消…不会写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): %1 new, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>已导入 %n 行：新增 %1 行，更新 %2 行，未变 %3 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>The import stopped and nothing was written:</source>
        <translation>导入已中止，未写入任何数据：</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ImportSourcePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file in the layout of the import templates.</source>
        <translation>按导入模板格式填写的 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>The first sheet</source>
        <translation>第一个工作表</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>导入内容：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Encoding (CSV):</source>
        <translation>编码（CSV）：</translation>
    </message>
    <message>
        <source>Sheet (XLSX):</source>
        <translation>工作表（XLSX）：</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件%1不存在。</translation>
    </message>
    <message>
        <source>Only .csv and .xlsx files can be imported.</source>
        <translation>只能导入 .csv 和 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;CSV (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>表格文件 (*.csv *.xlsx);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Source date:</source>
        <translation>来源日期：</translation>
    </message>
    <message>
        <source>Date of the source document</source>
        <translation>来源文件的成文日期</translation>
    </message>
    <message>
        <source>For deadlines written without a year, e.g. 12月底: they fall in the year of this date. A 来源日期 column in the file comes first.</source>
        <translation>用于未写年份的整改时限（如“12月底”）：按该日期所在年份计算。文件中有“来源日期”列的，以该列为准。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Row %1 · %2 · %3</source>
        <translation>第 %1 行 · %2 · %3</translation>
    </message>
    <message>
        <source>Row %1 · %2</source>
        <translation>第 %1 行 · %2</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::LoginDialog</name>
    <message>
        <source>Jiandu — Log in</source>
        <translation>监督台账 — 登录</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Law-enforcement supervision ledger&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;行政执法监督台账&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>执法案件</translation>
    </message>
    <message>
        <source>Supervision and rectification</source>
        <translation>监督与整改</translation>
    </message>
    <message>
        <source>Supervision documents</source>
        <translation>监督文书</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>年度报告</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Jiandu — Law-enforcement supervision ledger</source>
        <translation>监督台账 — 行政执法监督台账</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Jiandu</source>
        <translation>关于监督台账(&amp;A)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Jiandu database (*.sqlite *.db);;All files (*)</source>
        <translation>监督台账数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About Jiandu</source>
        <translation>关于监督台账</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jiandu %1&lt;/h3&gt;&lt;p&gt;The supervision ledger of administrative law enforcement (行政执法监督台账) for a justice bureau&apos;s supervision office.&lt;/p&gt;&lt;p&gt;Database schema %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;监督台账 %1&lt;/h3&gt;&lt;p&gt;司法局行政执法监督科使用的行政执法监督台账。&lt;/p&gt;&lt;p&gt;数据库结构版本 %2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case-file review</source>
        <translation>案卷评查</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> — %1 only</source>
        <translation> — 仅限%1</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>当前用户：%1</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::OfficerDialog</name>
    <message>
        <source>Basic data</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>执法证</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>18 characters, the last may be X</source>
        <translation>18位，最后一位可以是X</translation>
    </message>
    <message>
        <source>Holds the national legal professional qualification</source>
        <translation>具有国家统一法律职业资格</translation>
    </message>
    <message>
        <source>Legal reviewer (法制审核人员)</source>
        <translation>法制审核人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Identity-card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>Staff category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Enforcement category</source>
        <translation>执法类别</translation>
    </message>
    <message>
        <source>Post status</source>
        <translation>在岗状态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>The officer no longer exists.</source>
        <translation>该执法人员已不存在。</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>执法人员：%1</translation>
    </message>
    <message>
        <source>New officer</source>
        <translation>新增执法人员</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>Choose the enforcement body.</source>
        <translation>请选择执法主体。</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the field marked in red.</source>
        <translation>未保存：请更正红色标出的内容。</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>未保存。%1</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>证件状态</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>培训名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>培训方式</translation>
    </message>
    <message>
        <source>%1: %2 h</source>
        <translation>%1年度：%2学时</translation>
    </message>
    <message>
        <source>No training recorded.</source>
        <translation>无培训记录。</translation>
    </message>
    <message>
        <source>Legal training class hours per year — %1</source>
        <translation>各年度法律知识培训学时 — %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Every change to this officer and their certificates, oldest first.</source>
        <translation>该执法人员及其执法证的全部变更记录，按时间先后排列。</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>执法证%1</translation>
    </message>
    <message>
        <source>Show full number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Masked. “Show full number” shows it in full; the audit trail records that you did.</source>
        <translation>已脱敏。点击“显示完整号码”可查看完整号码；该操作将记入审计日志。</translation>
    </message>
    <message>
        <source>Number shown in full</source>
        <translation>已显示完整号码</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::OfficerTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Identity-card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>Staff category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Certificate state</source>
        <translation>证件状态</translation>
    </message>
    <message>
        <source>Training hours this year</source>
        <translation>本年度培训学时</translation>
    </message>
    <message>
        <source>Post status</source>
        <translation>在岗状态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>长期</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::Progress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ReportPage</name>
    <message>
        <source>Annual report on administrative law enforcement</source>
        <translation>行政执法年度报告</translation>
    </message>
    <message>
        <source>The data changed after this computation: compute again for the current figures.</source>
        <translation>本次计算后数据已有变动：请重新计算以获取最新数据。</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>ODT…</source>
        <translation>ODT…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>The whole region (every body)</source>
        <translation>全地区（全部执法主体）</translation>
    </message>
    <message>
        <source>Computing the report of %1…</source>
        <translation>正在计算%1年度报告…</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>无法计算报告：%1</translation>
    </message>
    <message>
        <source>%1, %2 — as of %3.</source>
        <translation>%1，%2年度，数据截至%3。</translation>
    </message>
    <message>
        <source>Compute the report first.</source>
        <translation>请先计算报告。</translation>
    </message>
    <message>
        <source>Choose a file ending in .json, .csv, .xlsx, .pdf or .odt.</source>
        <translation>请选择以 .json、.csv、.xlsx、.pdf 或 .odt 结尾的文件。</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>annual-report-%1</source>
        <translation>%1年度报告</translation>
    </message>
    <message>
        <source>Export the annual report</source>
        <translation>导出年度报告</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入%1。</translation>
    </message>
    <message>
        <source>Finalise…</source>
        <translation>定稿…</translation>
    </message>
    <message>
        <source>Record these figures as the published report (定稿), with who finalised it, when, and the SHA-256 of its JSON</source>
        <translation>将这些数据记录为正式发布的报告（定稿），同时记录定稿人、定稿时间及报告 JSON 的 SHA-256 值</translation>
    </message>
    <message>
        <source>Compare with now</source>
        <translation>与当前数据比对</translation>
    </message>
    <message>
        <source>Recompute the selected finalised report on today&apos;s data and list the figures that changed</source>
        <translation>按今天的数据重新计算所选定稿报告，并列出有变化的数据</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>Finalised at</source>
        <translation>定稿时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>定稿人</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Not finalised yet.</source>
        <translation>尚未定稿。</translation>
    </message>
    <message>
        <source>Finalised (no. %1) by %2 on %3 — SHA-256 %4…</source>
        <translation>已定稿（第 %1 版），定稿人：%2，定稿时间：%3 — SHA-256 %4…</translation>
    </message>
    <message>
        <source>Finalise the annual report</source>
        <translation>年度报告定稿</translation>
    </message>
    <message>
        <source>Record the report of %1 for %2 (as of %3) as final? The figures are kept with your name, the time and their SHA-256; a later finalisation adds a new entry.</source>
        <translation>确定将%2的%1年度报告（截至%3）定稿吗？报告数据将连同您的姓名、定稿时间及其 SHA-256 值一并保存；以后再次定稿将另行新增一版。</translation>
    </message>
    <message>
        <source>Recomputing the report of %1…</source>
        <translation>正在重新计算%1年度报告…</translation>
    </message>
    <message>
        <source>Finalised report against now</source>
        <translation>定稿与当前数据比对</translation>
    </message>
    <message>
        <source>The report of %1 for %2 computed now equals the finalisation no. %3.</source>
        <translation>按当前数据计算的%2的%1年度报告与第 %3 版定稿一致。</translation>
    </message>
    <message>
        <source>%1 figure(s) of the report of %2 for %3 differ from finalisation no. %4.</source>
        <translation>%3的%2年度报告中有 %1 项数据与第 %4 版定稿不一致。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>定稿数据</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前数据</translation>
    </message>
    <message>
        <source>Print the annual report</source>
        <translation>打印年度报告</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <source>Printed report</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>上年度</translation>
    </message>
    <message>
        <source>Choose the year and the scope, then compute the report.</source>
        <translation>请选择年度和范围，然后计算报告。</translation>
    </message>
    <message>
        <source>Bodies and officers</source>
        <translation>执法主体和执法人员</translation>
    </message>
    <message>
        <source>Enforcement bodies</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>Officers in post</source>
        <translation>在岗执法人员</translation>
    </message>
    <message>
        <source>Officers with a valid certificate</source>
        <translation>持有效执法证人员</translation>
    </message>
    <message>
        <source>Certificate coverage</source>
        <translation>持证率</translation>
    </message>
    <message>
        <source>Legal reviewers</source>
        <translation>法制审核人员</translation>
    </message>
    <message>
        <source>Officers meeting the training minimum</source>
        <translation>培训学时达标率</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>执法案件</translation>
    </message>
    <message>
        <source>Cases of the year</source>
        <translation>本年度案件数</translation>
    </message>
    <message>
        <source>Penalty decisions</source>
        <translation>行政处罚决定数</translation>
    </message>
    <message>
        <source>Fines and confiscations (yuan)</source>
        <translation>罚没金额（元）</translation>
    </message>
    <message>
        <source>Licence applications</source>
        <translation>行政许可申请数</translation>
    </message>
    <message>
        <source>Coercive measures</source>
        <translation>行政强制措施数</translation>
    </message>
    <message>
        <source>Cases transferred to judicial organs</source>
        <translation>移送司法机关案件数</translation>
    </message>
    <message>
        <source>The three systems</source>
        <translation>三项制度</translation>
    </message>
    <message>
        <source>Major decisions with legal review</source>
        <translation>重大执法决定法制审核率</translation>
    </message>
    <message>
        <source>Decisions published on time</source>
        <translation>决定按期公示率</translation>
    </message>
    <message>
        <source>Reconsideration and litigation</source>
        <translation>行政复议和行政诉讼</translation>
    </message>
    <message>
        <source>Reconsideration: decisions corrected</source>
        <translation>行政复议纠错率</translation>
    </message>
    <message>
        <source>Litigation: cases lost</source>
        <translation>行政诉讼败诉率</translation>
    </message>
    <message>
        <source>Case-file review and rectification</source>
        <translation>案卷评查与整改</translation>
    </message>
    <message>
        <source>Case files reviewed</source>
        <translation>评查案卷数</translation>
    </message>
    <message>
        <source>Average review score</source>
        <translation>案卷评查平均分</translation>
    </message>
    <message>
        <source>Rectification tasks due in the year</source>
        <translation>本年度到期整改任务数</translation>
    </message>
    <message>
        <source>Tasks signed off on time</source>
        <translation>整改任务按期销号率</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>逾期整改任务数</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>重置%1的密码</translation>
    </message>
    <message>
        <source>%1 must change this password at the next login. Resetting also unlocks the account.</source>
        <translation>%1下次登录时须修改此密码。重置密码的同时将解锁该账户。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>The password was not reset. %1</source>
        <translation>密码未重置。%1</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ReviewPage</name>
    <message>
        <source>New review activity</source>
        <translation>新建评查活动</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation>组织单位：</translation>
    </message>
    <message>
        <source>Draw from:</source>
        <translation>抽取范围：</translation>
    </message>
    <message>
        <source>Cases of the year:</source>
        <translation>案件年度：</translation>
    </message>
    <message>
        <source>Files to draw:</source>
        <translation>抽取案卷数：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>评查活动</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>案卷数</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Score…</source>
        <translation>评分…</translation>
    </message>
    <message>
        <source>Print score sheet…</source>
        <translation>打印评分表…</translation>
    </message>
    <message>
        <source>Case-file review</source>
        <translation>案卷评查</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>新建评查活动…</translation>
    </message>
    <message>
        <source>Expert pool…</source>
        <translation>评查专家库…</translation>
    </message>
    <message>
        <source>%1 (%2 final)</source>
        <translation>%1（%2 份已定稿）</translation>
    </message>
    <message>
        <source>Score sheet: %1. Sampling: %2 files of %3 from %4; seed %5.</source>
        <translation>评分表：%1。抽取情况：从%4的 %3 份案卷中抽取 %2 份；随机种子 %5。</translation>
    </message>
    <message>
        <source>Print score sheet</source>
        <translation>打印评分表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Outside expert</source>
        <translation>外部专家</translation>
    </message>
    <message>
        <source>No officer holds the certificate %1.</source>
        <translation>没有持有执法证 %1 的执法人员。</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Expert pool</source>
        <translation>评查专家库</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Speciality</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>For an officer of the roster</source>
        <translation>名单内的执法人员</translation>
    </message>
    <message>
        <source>Officer&apos;s certificate No.:</source>
        <translation>执法人员执法证号：</translation>
    </message>
    <message>
        <source>Or outside expert&apos;s name:</source>
        <translation>或外部专家姓名：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Speciality:</source>
        <translation>专业领域：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Add to the pool</source>
        <translation>加入专家库</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ReviewScoreDialog</name>
    <message>
        <source>Score a case file</source>
        <translation>案卷评分</translation>
    </message>
    <message>
        <source>The file review could not be read.</source>
        <translation>无法读取该案卷评查记录。</translation>
    </message>
    <message>
        <source>%1 — %2 (score sheet: %3)</source>
        <translation>%1 — %2（评分表：%3）</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>评查日期：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation>评查人员：</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Not met / deduction</source>
        <translation>不符合 / 扣分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>存在问题：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Add problem</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>Remove problem</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <source>Raise finding</source>
        <translation>登记发现问题</translation>
    </message>
    <message>
        <source>Record the selected problem as a finding for rectification.</source>
        <translation>将所选问题登记为发现问题，以督促整改。</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Raised (No. %1)</source>
        <translation>已登记（编号 %1）</translation>
    </message>
    <message>
        <source>A veto item is not met: 0 points, %1.</source>
        <translation>否决项不符合要求：得 0 分，%1。</translation>
    </message>
    <message>
        <source>Total %1 of %2 (form %3, content %4): %5.</source>
        <translation>总得分 %1 分（满分 %2 分；卷面 %3 分，内容 %4 分）：%5。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::RosterPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取人员名单：%1</translation>
    </message>
    <message>
        <source>Search name or certificate number</source>
        <translation>搜索姓名或执法证号</translation>
    </message>
    <message>
        <source>All post states</source>
        <translation>全部在岗状态</translation>
    </message>
    <message>
        <source>All certificate states</source>
        <translation>全部证件状态</translation>
    </message>
    <message>
        <source>Training hours short</source>
        <translation>培训学时不足</translation>
    </message>
    <message>
        <source>Only officers below the yearly minimum of legal training hours</source>
        <translation>只显示年度法律知识培训学时未达到最低要求的执法人员</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>在岗状态：</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证件状态：</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print roster…</source>
        <translation>打印公示名册…</translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s)</source>
        <translation>
            <numerusform>共 %n 名执法人员</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1 loaded, scroll for more</source>
        <translation>（已加载 %1 名，向下滚动可加载更多）</translation>
    </message>
    <message>
        <source>Delete officers</source>
        <translation>删除执法人员</translation>
    </message>
    <message>
        <source>Delete %1 with their certificates, trainings and assessments? The audit trail keeps a record.</source>
        <translation>确定删除%1及其执法证、培训记录和考核记录吗？操作日志中将保留记录。</translation>
    </message>
    <message>
        <source>Nothing was deleted. %1</source>
        <translation>未删除任何记录。%1</translation>
    </message>
    <message>
        <source>officers</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Export officers</source>
        <translation>导出执法人员</translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 名执法人员导出到%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the public roster</source>
        <translation>打印公示名册</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::SettingsPage</name>
    <message>
        <source>Appearance</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>Warning thresholds</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Issuing unit:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <source>Certificate expiring within:</source>
        <translation>执法证到期提前预警：</translation>
    </message>
    <message>
        <source>Minimum legal training per year:</source>
        <translation>年度法律知识培训最低学时：</translation>
    </message>
    <message>
        <source>Minimum share of legal reviewers:</source>
        <translation>法制审核人员最低占比：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <source>The name printed on rosters and documents</source>
        <translation>打印在名册和文书上的单位名称</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> class hours</source>
        <translation> 学时</translation>
    </message>
    <message>
        <source>Of an agency&apos;s active officers, rounded up</source>
        <translation>占执法主体在岗执法人员的比例，人数向上取整</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>The issuing unit&apos;s name is longer than %1 characters.</source>
        <translation>单位名称不能超过%1个字符。</translation>
    </message>
    <message>
        <source>Warn about expiring certificates at least 1 day ahead.</source>
        <translation>执法证到期预警至少应提前1天。</translation>
    </message>
    <message>
        <source>The minimum legal training must be more than 0 class hours.</source>
        <translation>年度法律知识培训最低学时应大于0。</translation>
    </message>
    <message>
        <source>The minimum share of legal reviewers must be more than 0 %.</source>
        <translation>法制审核人员最低占比应大于0%。</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>设置未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Case deadlines</source>
        <translation>案件期限</translation>
    </message>
    <message>
        <source>Publicity of licences and penalties within:</source>
        <translation>行政许可、行政处罚决定公示期限：</translation>
    </message>
    <message>
        <source>Publicity of other decisions within:</source>
        <translation>其他决定公示期限：</translation>
    </message>
    <message>
        <source>Warn when the publicity deadline is within:</source>
        <translation>公示期限到期前预警：</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Handling period, %1:</source>
        <translation>办案期限（%1）：</translation>
    </message>
    <message>
        <source> days from filing</source>
        <translation> 天（自立案之日起）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Users and permissions</source>
        <translation>用户与权限</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::SupervisionPage</name>
    <message>
        <source>Rectification ledger</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>无法读取整改台账：%1</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>新建监督活动…</translation>
    </message>
    <message>
        <source>Edit activity…</source>
        <translation>编辑监督活动…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>新建整改任务…</translation>
    </message>
    <message>
        <source>Open task</source>
        <translation>打开整改任务</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print preview of the ledger of the current filter</source>
        <translation>打印预览当前筛选条件下的整改台账</translation>
    </message>
    <message>
        <source>Save the ledger of the current filter as a PDF</source>
        <translation>将当前筛选条件下的整改台账保存为 PDF</translation>
    </message>
    <message>
        <source>Export the tasks of the chosen activity and body (XLSX, CSV or JSON, in the import layout)</source>
        <translation>按导入模板格式导出所选监督活动和执法主体的整改任务（XLSX、CSV 或 JSON）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Completion per responsible unit:</source>
        <translation>各责任单位完成情况：</translation>
    </message>
    <message>
        <source>Search problem, measures or number</source>
        <translation>搜索问题、整改措施或序号</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>全部执法主体</translation>
    </message>
    <message>
        <source>Counting tasks…</source>
        <translation>正在统计整改任务…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>共 %n 项整改任务</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1 loaded, scroll for more</source>
        <translation> — 已加载 %1 项，滚动查看更多</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>New finding…</source>
        <translation>登记发现问题…</translation>
    </message>
    <message>
        <source>Create task from finding…</source>
        <translation>由发现问题生成整改任务…</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>发现问题（%1）</translation>
    </message>
    <message>
        <source>Print the rectification ledger</source>
        <translation>打印整改台账</translation>
    </message>
    <message>
        <source>Writing the ledger…</source>
        <translation>正在生成整改台账…</translation>
    </message>
    <message>
        <source>Save the ledger as PDF</source>
        <translation>将整改台账保存为 PDF</translation>
    </message>
    <message>
        <source>rectification-ledger.pdf</source>
        <translation>整改台账.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>已写入%1，共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export rectification tasks</source>
        <translation>导出整改任务</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>整改任务</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 项整改任务导出到%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>%1 signed off, %2 completed and waiting for verification, of %3</source>
        <translation>共 %3 项，已销号 %1 项，已完成待核验 %2 项</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>监督活动</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>全部监督活动</translation>
    </message>
    <message numerus="yes">
        <source>Completion rate = signed off / total; %n activity(ies).</source>
        <translation>
            <numerusform>完成率 = 已销号数 / 任务总数；共 %n 项监督活动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import tasks…</source>
        <translation>导入整改任务…</translation>
    </message>
    <message>
        <source>Import rectification tasks from an XLSX or CSV table (a rectification plan in the import layout)</source>
        <translation>从 XLSX 或 CSV 表格导入整改任务（按导入模板格式填写的整改方案）</translation>
    </message>
    <message>
        <source>Draft a document…</source>
        <translation>起草文书…</translation>
    </message>
    <message>
        <source>Draft a supervision document to the body of the chosen finding, with the finding&apos;s tasks attached</source>
        <translation>向所选发现问题所涉执法主体起草监督文书，并附上该问题的整改任务</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::TaskDialog</name>
    <message>
        <source>Task</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Separate units with 、 or commas</source>
        <translation>多个单位以“、”或逗号分隔</translation>
    </message>
    <message>
        <source>As written, e.g. 12月底, 2024年6月底前, 长期坚持</source>
        <translation>按原文填写，如：12月底、2024年6月底前、长期坚持</translation>
    </message>
    <message>
        <source>Set the date by hand</source>
        <translation>手工设定日期</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>序号：</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>存在问题：</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>整改措施：</translation>
    </message>
    <message>
        <source>Lead unit:</source>
        <translation>牵头单位：</translation>
    </message>
    <message>
        <source>Responsible units:</source>
        <translation>责任单位：</translation>
    </message>
    <message>
        <source>Responsible person:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>整改时限：</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>该整改任务已不存在。</translation>
    </message>
    <message>
        <source>Rectification task %1</source>
        <translation>整改任务 %1</translation>
    </message>
    <message>
        <source>New rectification task</source>
        <translation>新建整改任务</translation>
    </message>
    <message>
        <source>Date set by hand: %1</source>
        <translation>手工设定日期：%1</translation>
    </message>
    <message>
        <source>Not understood: set the date by hand</source>
        <translation>无法识别：请手工设定日期</translation>
    </message>
    <message>
        <source>By %1, then continuing</source>
        <translation>%1前完成，并长期坚持</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>%1前完成</translation>
    </message>
    <message>
        <source>A continuing commitment, no date</source>
        <translation>长期坚持，无具体日期</translation>
    </message>
    <message>
        <source>Choose the supervision activity the task comes from.</source>
        <translation>请选择任务所属的监督活动。</translation>
    </message>
    <message>
        <source>Give the task its number in the ledger.</source>
        <translation>请填写任务在整改台账中的序号。</translation>
    </message>
    <message>
        <source>Describe the problem to rectify.</source>
        <translation>请填写需要整改的问题。</translation>
    </message>
    <message>
        <source>Write the deadline as the source gives it (e.g. 12月底 or 长期坚持).</source>
        <translation>请按来源文件原文填写整改时限（如“12月底”或“长期坚持”）。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>流程步骤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Workflow steps, oldest first:</source>
        <translation>流程记录（按时间先后排列）：</translation>
    </message>
    <message>
        <source>Every recorded change to the task, oldest first:</source>
        <translation>该任务的全部变更记录（按时间先后排列）：</translation>
    </message>
    <message>
        <source>Returned for rectification</source>
        <translation>退回整改</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>已完成工作</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>What remains</source>
        <translation>未完成事项</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>预计完成日期</translation>
    </message>
    <message>
        <source>Expected completion</source>
        <translation>预计完成</translation>
    </message>
    <message>
        <source>Add report</source>
        <translation>添加进展报告</translation>
    </message>
    <message>
        <source>New progress report</source>
        <translation>新增进展报告</translation>
    </message>
    <message>
        <source>Reported on:</source>
        <translation>报告日期：</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>已完成工作：</translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation>完成率：</translation>
    </message>
    <message>
        <source>What remains:</source>
        <translation>未完成事项：</translation>
    </message>
    <message>
        <source>Expected on:</source>
        <translation>预计完成日期：</translation>
    </message>
    <message>
        <source>Start rectification</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <source>Report completed</source>
        <translation>报告整改完成</translation>
    </message>
    <message>
        <source>Verify and sign off</source>
        <translation>核验销号</translation>
    </message>
    <message>
        <source>Return for rectification…</source>
        <translation>退回整改…</translation>
    </message>
    <message>
        <source>Extension of the deadline</source>
        <translation>整改时限延期</translation>
    </message>
    <message>
        <source>Request extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>不予批准…</translation>
    </message>
    <message>
        <source>New deadline:</source>
        <translation>新整改时限：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Date of the step:</source>
        <translation>办理日期：</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>请填写已完成的工作。</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — 已逾期</translation>
    </message>
    <message>
        <source>Pending request: extend to %1 (%2), asked on %3.</source>
        <translation>待审批的延期申请：延期至%1（理由：%2），申请日期 %3。</translation>
    </message>
    <message>
        <source>No extension requested.</source>
        <translation>无延期申请。</translation>
    </message>
    <message>
        <source>Return for rectification</source>
        <translation>退回整改</translation>
    </message>
    <message>
        <source>Why is the task returned?</source>
        <translation>退回整改的理由：</translation>
    </message>
    <message>
        <source>Refuse the extension</source>
        <translation>不予延期</translation>
    </message>
    <message>
        <source>Why is the extension refused?</source>
        <translation>不予延期的理由：</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::TaskTableModel</name>
    <message>
        <source>The tasks could not be counted.</source>
        <translation>无法统计整改任务数量。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1 (no date)</source>
        <translation>%1（无法识别日期）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date set by hand: %1</source>
        <translation>手工设定日期：%1</translation>
    </message>
    <message>
        <source>Understood as: %1</source>
        <translation>识别为：%1</translation>
    </message>
    <message>
        <source>A continuing commitment</source>
        <translation>长期坚持</translation>
    </message>
    <message>
        <source>The deadline could not be understood: open the task and set its date by hand.</source>
        <translation>无法识别整改时限：请打开该任务手工设定日期。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::TrainingEditor</name>
    <message>
        <source>Edit training</source>
        <translation>编辑培训记录</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>新增培训记录</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>e.g. 4 or 2.5</source>
        <translation>如 4 或 2.5</translation>
    </message>
    <message>
        <source>used when class hours are empty; 45 minutes = 1 class hour</source>
        <translation>未填学时时使用；45分钟折合1学时</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>培训名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>培训方式</translation>
    </message>
    <message>
        <source>Enter the title of the training.</source>
        <translation>请填写培训名称。</translation>
    </message>
    <message>
        <source>Class hours must be a number such as 4 or 2.5.</source>
        <translation>学时应为数字，如 4 或 2.5。</translation>
    </message>
    <message>
        <source>The duration must be a whole number of minutes.</source>
        <translation>时长应为整数分钟。</translation>
    </message>
    <message>
        <source>Give the class hours or the duration in minutes.</source>
        <translation>请填写学时或时长（分钟）。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::UnlockDialog</name>
    <message>
        <source>Jiandu — Locked</source>
        <translation>监督台账 — 已锁定</translation>
    </message>
    <message>
        <source>Jiandu was locked after a time without use. Enter the password of %1 to go on, or log out.</source>
        <translation>监督台账因闲置超时已锁定。请输入%1的密码以继续使用，或注销。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::UsersPanel</name>
    <message>
        <source>Accounts are off</source>
        <translation>账户功能未启用</translation>
    </message>
    <message>
        <source>Jiandu runs in single-user mode: no login, every right. Turn accounts on to have everyone log in with their own account and role; every change is then recorded under the account&apos;s name. Start with the first administrator:</source>
        <translation>监督台账当前以单用户模式运行：无需登录，拥有全部权限。启用账户功能后，每个人须以本人账户和角色登录，所有修改均以该账户名义记录。请先创建首个管理员：</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>如 admin</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Turn accounts on</source>
        <translation>启用账户功能</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Turn accounts off…</source>
        <translation>停用账户功能…</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>闲置锁屏</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>窗口闲置</translation>
    </message>
    <message>
        <source>without use</source>
        <translation>后锁定</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name.</source>
        <translation>请输入管理员的用户名。</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>请输入管理员的姓名。</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
    <message>
        <source>Accounts were not turned on: correct the field marked in red.</source>
        <translation>账户功能未启用：请更正标红的字段。</translation>
    </message>
    <message>
        <source>Accounts were not turned on. %1</source>
        <translation>账户功能未启用。%1</translation>
    </message>
    <message>
        <source>Accounts are on. You are logged in as %1; from now on everyone logs in.</source>
        <translation>账户功能已启用。您已以%1的身份登录；此后所有人均须登录。</translation>
    </message>
    <message>
        <source>Turn accounts off</source>
        <translation>停用账户功能</translation>
    </message>
    <message>
        <source>Back to single-user mode: Jiandu will no longer ask for a login and everyone will have every right. The accounts are kept. Turn accounts off?</source>
        <translation>恢复为单用户模式：监督台账将不再要求登录，所有人都拥有全部权限。现有账户将予保留。确定停用账户功能吗？</translation>
    </message>
    <message>
        <source>Accounts were not turned off. %1</source>
        <translation>账户功能未停用。%1</translation>
    </message>
    <message>
        <source>Accounts are off: Jiandu runs in single-user mode.</source>
        <translation>账户功能已停用：监督台账以单用户模式运行。</translation>
    </message>
    <message>
        <source>The account was created.</source>
        <translation>账户已创建。</translation>
    </message>
    <message>
        <source>The account was saved.</source>
        <translation>账户已保存。</translation>
    </message>
    <message>
        <source>The password was reset.</source>
        <translation>密码已重置。</translation>
    </message>
    <message>
        <source>The account was not unlocked. %1</source>
        <translation>账户未解锁。%1</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1可以重新登录了。</translation>
    </message>
    <message>
        <source>The screen lock was not saved. %1</source>
        <translation>闲置锁屏设置未保存。%1</translation>
    </message>
    <message>
        <source>The window locks after %1 minutes without use.</source>
        <translation>窗口闲置%1分钟后将锁定。</translation>
    </message>
</context>
<context>
    <name>LedgerDocument</name>
    <message>
        <source>Printing was cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <source>The ledger could not be printed: the output could not be opened.</source>
        <translation>无法打印整改台账：无法打开输出文件。</translation>
    </message>
    <message>
        <source>The ledger could not be printed completely.</source>
        <translation>整改台账未能完整打印。</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Jiandu</source>
        <translation>监督台账</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>Preparing a demonstration county for the first start…</source>
        <translation>首次启动，正在生成演示县数据…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>The demonstration data could not be created: %1</source>
        <translation>无法生成演示数据：%1</translation>
    </message>
    <message>
        <source>Administrative law-enforcement supervision ledger</source>
        <translation>行政执法监督台账</translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation>打开 PATH 处的数据库文件。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Jiandu could not be restarted on %1.</source>
        <translation>无法用数据库%1重新启动监督台账。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The database failed its check.</source>
        <translation>数据库未通过校验。</translation>
    </message>
    <message>
        <source>Backups that failed their check:</source>
        <translation>未通过校验的备份：</translation>
    </message>
    <message>
        <source>No backup that passes its check was found. The file is left as it is; quit and ask for help, or restore a backup with jiandu-cli restore.</source>
        <translation>未找到通过校验的备份。文件保持原样；请退出并寻求技术支持，或使用 jiandu-cli restore 恢复备份。</translation>
    </message>
    <message>
        <source>The file is kept as it is. The newest good backup is %1 (made %2, %3 audit records, audit head %4). Restore it? The damaged file is kept aside, never deleted.</source>
        <translation>文件保持原样。最新的完好备份为%1（备份于%2，审计记录 %3 条，审计链头 %4）。是否恢复该备份？损坏的文件将另行保留，不会删除。</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>无法恢复备份：%1</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged database was kept as %1.</source>
        <translation>备份已恢复。损坏的数据库已另存为%1。</translation>
    </message>
    <message>
        <source>The database was restored from %1. The previous database was kept as %2.</source>
        <translation>数据库已从%1恢复。原数据库已另存为%2。</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>自动备份失败</translation>
    </message>
    <message>
        <source>The automatic backup failed; the earlier backups are unchanged.

%1</source>
        <translation>自动备份失败；之前的备份未受影响。

%1</translation>
    </message>
    <message>
        <source>The backup on exit failed; the earlier backups are unchanged.

%1</source>
        <translation>退出时备份失败；之前的备份未受影响。

%1</translation>
    </message>
</context>
<context>
    <name>OfficerRepository</name>
    <message>
        <source>The name is required.</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Identity-card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Choose the enforcement body.</source>
        <translation>请选择执法主体。</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>The officer no longer exists.</source>
        <translation>该执法人员已不存在。</translation>
    </message>
    <message>
        <source>Another officer already has the identity-card number %1.</source>
        <translation>身份证号%1已被其他执法人员使用。</translation>
    </message>
    <message>
        <source>The enforcement body does not exist.</source>
        <translation>该执法主体不存在。</translation>
    </message>
    <message>
        <source>The certificate number is required.</source>
        <translation>执法证号不能为空。</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>The expiry date is before the issue date.</source>
        <translation>有效期截止日期早于发证日期。</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>The certificate number %1 is already held by another officer.</source>
        <translation>执法证号%1已由其他执法人员持有。</translation>
    </message>
    <message>
        <source>The certificate no longer exists.</source>
        <translation>该执法证已不存在。</translation>
    </message>
</context>
<context>
    <name>OfficialDocument</name>
    <message>
        <source>The document could not be printed: the output could not be opened.</source>
        <translation>无法打印文书：无法打开输出文件。</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>The document could not be printed completely.</source>
        <translation>文书未能完整打印。</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation>无法计算密码哈希值（内存不足）。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>at least %1 of these kinds of characters: upper-case letters, lower-case letters, digits, other characters</source>
        <translation>至少包含以下字符中的 %1 类：大写字母、小写字母、数字、其他字符</translation>
    </message>
    <message>
        <source>The password needs %1.</source>
        <translation>密码须%1。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>，且</translation>
    </message>
</context>
<context>
    <name>PermissionGate</name>
    <message>
        <source>Your account works in this agency only.</source>
        <translation>您的账户仅限在本执法主体范围内操作。</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>The report&apos;s JSON cannot be read: %1.</source>
        <translation>无法读取报告的 JSON 数据：%1。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>recomputed</source>
        <translation>重新计算</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>The score sheet needs a name.</source>
        <translation>评分表须填写名称。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The score sheet needs a version label.</source>
        <translation>评分表须填写版本号。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>The score sheet needs the date it takes effect.</source>
        <translation>评分表须填写生效日期。</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>The score sheet has no items.</source>
        <translation>评分表没有评查项目。</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <source>Item %1 has no title.</source>
        <translation>评查项目 %1 没有标题。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <source>Item %1 (%2) needs maximum points above 0.</source>
        <translation>评查项目 %1（%2）的分值须大于 0。</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>The review activity needs a name.</source>
        <translation>评查活动须填写名称。</translation>
    </message>
    <message>
        <source>The year %1 is out of range.</source>
        <translation>年度 %1 超出有效范围。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>The activity ends before it starts.</source>
        <translation>评查活动的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>The number of files to draw must be between 0 and 100000.</source>
        <translation>抽取案卷数须在 0 至 100000 之间。</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>抽取数量</translation>
    </message>
    <message>
        <source>Choose the enforcement bodies to draw files from.</source>
        <translation>请选择抽取案卷的执法主体。</translation>
    </message>
    <message>
        <source>Sampled bodies</source>
        <translation>抽取的执法主体</translation>
    </message>
    <message>
        <source>Choose the year to draw files from.</source>
        <translation>请选择抽取案卷的年度。</translation>
    </message>
    <message>
        <source>Sampled year</source>
        <translation>抽取年度</translation>
    </message>
    <message>
        <source>An outside expert needs a name.</source>
        <translation>外部专家须填写姓名。</translation>
    </message>
    <message>
        <source>The file review belongs to no activity.</source>
        <translation>该案卷评查不属于任何评查活动。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>评查活动</translation>
    </message>
    <message>
        <source>The file review names no case.</source>
        <translation>该案卷评查未指定案件。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>The score sheet has no item %1.</source>
        <translation>评分表中没有评查项目 %1。</translation>
    </message>
    <message>
        <source>Item %1 is scored twice.</source>
        <translation>评查项目 %1 被重复评分。</translation>
    </message>
    <message>
        <source>The deduction of item %1 (%2) must not be negative.</source>
        <translation>评查项目 %1（%2）的扣分不得为负数。</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Item %1 (%2) is a veto item: it takes no deduction.</source>
        <translation>评查项目 %1（%2）为否决项，不适用扣分。</translation>
    </message>
    <message>
        <source>Item %1 (%2) is a scored item, not a veto item.</source>
        <translation>评查项目 %1（%2）为评分项，不是否决项。</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>否决项</translation>
    </message>
    <message>
        <source>A problem found has no description.</source>
        <translation>有一项存在问题未填写具体内容。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No such review activity.</source>
        <translation>该评查活动不存在。</translation>
    </message>
    <message>
        <source>There is no score sheet.</source>
        <translation>没有评分表。</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>A review activity of this name exists.</source>
        <translation>已存在同名评查活动。</translation>
    </message>
    <message>
        <source>No such expert.</source>
        <translation>该专家不存在。</translation>
    </message>
    <message>
        <source>The officer is already in the pool.</source>
        <translation>该执法人员已在评查专家库中。</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>The expert is named in a review: mark the expert inactive instead.</source>
        <translation>该专家已参与评查，不能删除，请改为将其标记为停用。</translation>
    </message>
    <message>
        <source>No such file review.</source>
        <translation>该案卷评查不存在。</translation>
    </message>
    <message>
        <source>No such score sheet.</source>
        <translation>该评分表不存在。</translation>
    </message>
    <message>
        <source>The case already has a file review in this activity.</source>
        <translation>该案件在本次评查活动中已有案卷评查记录。</translation>
    </message>
    <message>
        <source>This version has been used by file reviews and cannot be changed: save the edit under a new version label.</source>
        <translation>此版本已用于案卷评查，不能修改，请以新版本号保存修改内容。</translation>
    </message>
    <message>
        <source>A score sheet with this name and version exists.</source>
        <translation>已存在名称和版本均相同的评分表。</translation>
    </message>
    <message>
        <source>The score sheet is used by a review activity.</source>
        <translation>该评分表已被评查活动使用。</translation>
    </message>
</context>
<context>
    <name>ReviewSheetDocument</name>
    <message>
        <source>No such review activity.</source>
        <translation>该评查活动不存在。</translation>
    </message>
    <message>
        <source>No such file review.</source>
        <translation>该案卷评查不存在。</translation>
    </message>
    <message>
        <source>There is no such score sheet.</source>
        <translation>该评分表不存在。</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>随机种子 %1</translation>
    </message>
    <message>
        <source>%1 files of %2 from %3</source>
        <translation>从%3的 %2 份案卷中抽取 %1 份</translation>
    </message>
    <message>
        <source>Review activity</source>
        <translation>评查活动</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>评查人员</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>评查日期</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>自 %1 起生效</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>抽取情况</translation>
    </message>
    <message>
        <source>Veto items (one failed item: fail, 0 points)</source>
        <translation>否决项（任一项不符合即为不合格，得 0 分）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Scored items</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>A veto item was not met: the file fails with 0 points.</source>
        <translation>否决项不符合要求：该案卷评为不合格，得 0 分。</translation>
    </message>
    <message>
        <source>Form %1 of %2; content %3 of %4.</source>
        <translation>卷面 %1 分（满分 %2 分）；内容 %3 分（满分 %4 分）。</translation>
    </message>
    <message>
        <source>Form %1 points; content %2 points; a failed veto item: 0 points.</source>
        <translation>卷面 %1 分；内容 %2 分；否决项不符合的，得 0 分。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评查结果</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Case-file review score sheet</source>
        <translation>案卷评查评分表</translation>
    </message>
    <message>
        <source>Reviewers&apos; signatures:</source>
        <translation>评查人员签名：</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>The score sheet could not be printed: the output could not be opened.</source>
        <translation>无法打印评分表：无法打开输出文件。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The score sheet could not be printed completely.</source>
        <translation>评分表未能完整打印。</translation>
    </message>
</context>
<context>
    <name>RosterDocument</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>执法主体</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>执法类别</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Public roster of administrative enforcement officers</source>
        <translation>行政执法人员公示名册</translation>
    </message>
    <message>
        <source>Law-enforcement supervision section</source>
        <translation>行政执法监督科</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>No officer holds a valid certificate in this selection.</source>
        <translation>无符合条件的执法人员</translation>
    </message>
    <message>
        <source>Published by: %1</source>
        <translation>公布单位：%1</translation>
    </message>
    <message>
        <source>Officers with a valid certificate on %1: %2</source>
        <translation>截至%1持有效执法证件人员 共 %2 人</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>The roster could not be printed: the output could not be opened.</source>
        <translation>无法打印名册：无法打开输出文件。</translation>
    </message>
    <message>
        <source>The roster could not be printed completely.</source>
        <translation>名册未能完整打印。</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Enforcement certificate expired</source>
        <translation>执法证已过期</translation>
    </message>
    <message>
        <source>Enforcement certificate expiring soon</source>
        <translation>执法证即将到期</translation>
    </message>
    <message>
        <source>In post without a valid certificate</source>
        <translation>在岗无有效执法证</translation>
    </message>
    <message>
        <source>Certificate held by ineligible staff</source>
        <translation>不符合持证条件人员持有执法证</translation>
    </message>
    <message>
        <source>Certificate not withdrawn after leaving post</source>
        <translation>不在岗人员执法证未收回</translation>
    </message>
    <message>
        <source>Legal training below the yearly minimum</source>
        <translation>年度法律知识培训学时不足</translation>
    </message>
    <message>
        <source>No law-update training this year</source>
        <translation>本年度无法律知识更新培训</translation>
    </message>
    <message>
        <source>Rated incompetent two years running</source>
        <translation>连续两年考核不合格</translation>
    </message>
    <message>
        <source>Too few legal reviewers</source>
        <translation>法制审核人员配备不足</translation>
    </message>
    <message>
        <source>%1&apos;s enforcement certificate expired on %2.</source>
        <translation>%1的执法证已于%2过期</translation>
    </message>
    <message>
        <source>%1&apos;s enforcement certificate expires on %2 and no renewal is recorded.</source>
        <translation>%1的执法证将于%2到期，尚无换发记录</translation>
    </message>
    <message>
        <source>%1 is in post but holds no enforcement certificate.</source>
        <translation>%1在岗，但未持有执法证</translation>
    </message>
    <message>
        <source>%1 is in post but their enforcement certificate only takes effect on %2.</source>
        <translation>%1在岗，但其执法证自%2起才生效</translation>
    </message>
    <message>
        <source>%1 is in post but holds no valid enforcement certificate.</source>
        <translation>%1在岗，但未持有有效执法证</translation>
    </message>
    <message>
        <source>%1 holds enforcement certificate %2 but, as %3, may not hold one.</source>
        <translation>%1持有执法证%2，但其人员类别为%3，不得持有执法证</translation>
    </message>
    <message>
        <source>%1 (%2) still holds enforcement certificate %3 in status valid.</source>
        <translation>%1（%2）的执法证%3仍为有效状态</translation>
    </message>
    <message>
        <source>%1 has %2 class hours of legal training in %3; %4 are required.</source>
        <translation>%1在%3年度的法律知识培训为%2学时，应不少于%4学时</translation>
    </message>
    <message>
        <source>%1 has no law-update training in %2.</source>
        <translation>%1在%2年度未参加法律知识更新培训</translation>
    </message>
    <message>
        <source>%1 was rated incompetent in %2 and %3 but is still in post.</source>
        <translation>%1在%2年度和%3年度考核中均为不合格，但仍在岗</translation>
    </message>
    <message>
        <source>%1 was rated incompetent in %2 and %3 but still holds a valid enforcement certificate.</source>
        <translation>%1在%2年度和%3年度考核中均为不合格，但仍持有有效执法证</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>[%1] %2: %3 (%4)</source>
        <translation>【%1】%2：%3（%4）</translation>
    </message>
    <message>
        <source>%1: %2 legal reviewer(s) for %3 officer(s) in post; at least %4 required.</source>
        <translation>%1有在岗执法人员%3名、法制审核人员%2名，法制审核人员应不少于%4名</translation>
    </message>
    <message>
        <source>Major decision without legal review</source>
        <translation>重大执法决定未经法制审核</translation>
    </message>
    <message>
        <source>Case %1: the major decision of %2 was made without a legal review approving it by that date.</source>
        <translation>案件 %1：%2 作出的重大执法决定在该日期前未经法制审核通过。</translation>
    </message>
    <message>
        <source>Case open past its handling period</source>
        <translation>案件超过办案期限未结案</translation>
    </message>
    <message>
        <source>Case %1 is still open after its handling period ended on %2.</source>
        <translation>案件 %1 的办案期限已于 %2 届满，至今仍未结案。</translation>
    </message>
    <message>
        <source>Officer without a valid certificate on a case</source>
        <translation>办案执法人员无有效执法证</translation>
    </message>
    <message>
        <source>%1, named on case %2, held no valid enforcement certificate on %3.</source>
        <translation>案件 %2 的执法人员 %1 于 %3 未持有有效执法证。</translation>
    </message>
    <message>
        <source>Fewer than two officers on a case</source>
        <translation>案件执法人员少于两名</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 names %n officer(s); at least two are required.</source>
        <translation>
            <numerusform>案件 %1 登记的执法人员为 %n 名，应不少于两名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision not published in time</source>
        <translation>决定未按期公示</translation>
    </message>
    <message>
        <source>Case %1 was published on %2, after its publicity deadline of %3.</source>
        <translation>案件 %1 于 %2 公示，已超过公示期限（%3）。</translation>
    </message>
    <message>
        <source>Case %1 has not been published; its publicity deadline was %2.</source>
        <translation>案件 %1 尚未公示，公示期限为 %2。</translation>
    </message>
    <message>
        <source>Publicity deadline approaching</source>
        <translation>公示期限即将到期</translation>
    </message>
    <message>
        <source>Case %1 must be published by %2.</source>
        <translation>案件 %1 须于 %2 前公示。</translation>
    </message>
    <message>
        <source>Working-day calendar missing a year</source>
        <translation>工作日历缺少年度数据</translation>
    </message>
    <message numerus="yes">
        <source>The working-day calendar has no data for %1: the publicity deadlines of %n case(s) could not be checked. Enter that year&apos;s State Council holiday schedule in Settings.</source>
        <translation>
            <numerusform>工作日历缺少%1年的数据，%n 件案件的公示期限无法核查。请在“设置”中录入该年度的国务院办公厅放假通知安排。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rectification task past its deadline</source>
        <translation>整改任务逾期</translation>
    </message>
    <message>
        <source>Rectification task %1 was due on %2 and is not signed off.</source>
        <translation>整改任务 %1 的时限为 %2，至今未销号。</translation>
    </message>
    <message>
        <source>Rectification task due soon</source>
        <translation>整改任务即将到期</translation>
    </message>
    <message>
        <source>Rectification task %1 is due today.</source>
        <translation>整改任务 %1 今天到期。</translation>
    </message>
    <message numerus="yes">
        <source>Rectification task %1 is due on %2, in %n day(s).</source>
        <translation>
            <numerusform>整改任务 %1 将于 %2 到期，还有 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rectification task without an understood deadline</source>
        <translation>整改时限无法识别</translation>
    </message>
    <message>
        <source>The deadline of rectification task %1, &quot;%2&quot;, could not be understood: set its date by hand.</source>
        <translation>整改任务 %1 的整改时限“%2”无法识别：请手工设定日期。</translation>
    </message>
    <message>
        <source>No reply to a supervision document</source>
        <translation>监督文书逾期未回复</translation>
    </message>
    <message>
        <source>No reply to %1 has been recorded; it was due on %2.</source>
        <translation>%1 未登记回复，回复期限为 %2。</translation>
    </message>
    <message>
        <source>Annual report not finalised</source>
        <translation>年度报告未定稿</translation>
    </message>
    <message>
        <source>The annual enforcement report for %1 was due on %2 and has not been finalised.</source>
        <translation>%1年的行政执法年度报告应于%2前定稿，至今尚未定稿。</translation>
    </message>
    <message>
        <source>The annual enforcement report for %1 is due on %2 and has not been finalised yet.</source>
        <translation>%1年的行政执法年度报告须于%2前定稿，目前尚未定稿。</translation>
    </message>
</context>
<context>
    <name>SupervisionPrint</name>
    <message>
        <source>A task attached to the document no longer exists.</source>
        <translation>文书所附的某项整改任务已不存在。</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>No such rectification task.</source>
        <translation>没有该整改任务。</translation>
    </message>
    <message>
        <source>A task that is %1 is closed: it cannot become %2.</source>
        <translation>“%1”的任务已关闭：不能变为“%2”。</translation>
    </message>
    <message>
        <source>A task cannot go from %1 to %2: the steps are not started, in progress, completed, signed off.</source>
        <translation>任务不能从“%1”变为“%2”：流程为未启动、整改中、已完成、已销号。</translation>
    </message>
    <message>
        <source>A task sent back from %1 to %2 needs the reason.</source>
        <translation>任务从“%1”退回“%2”需要说明理由。</translation>
    </message>
    <message>
        <source>A step needs its date.</source>
        <translation>该步骤需要日期。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>A task cannot be signed off before it was completed.</source>
        <translation>任务不能在完成之前销号。</translation>
    </message>
    <message>
        <source>Sign-off date</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>The deadline date is not a valid date.</source>
        <translation>时限日期不是有效日期。</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>An extension needs the new deadline.</source>
        <translation>延期需要新的时限。</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新时限</translation>
    </message>
    <message>
        <source>An extension needs a reason.</source>
        <translation>延期需要说明理由。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>A signed-off task cannot be extended.</source>
        <translation>已销号的任务不能延期。</translation>
    </message>
    <message>
        <source>An extension to %1 is already waiting for a decision.</source>
        <translation>延期至 %1 的申请正在等待审批。</translation>
    </message>
    <message>
        <source>The new deadline must be after the current deadline, %1.</source>
        <translation>新时限必须晚于当前时限 %1。</translation>
    </message>
    <message>
        <source>Refusing an extension needs a reason.</source>
        <translation>不予延期需要说明理由。</translation>
    </message>
    <message>
        <source>No extension of this task is waiting for a decision.</source>
        <translation>该任务没有待审批的延期申请。</translation>
    </message>
    <message>
        <source>A progress report needs the date it was reported.</source>
        <translation>进展报告需要报告日期。</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>A progress report needs what was done.</source>
        <translation>进展报告需要说明已完成的工作。</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>已完成工作</translation>
    </message>
    <message>
        <source>The completion rate is a percentage from 0 to 100.</source>
        <translation>完成率应为 0 至 100 的百分数。</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>A task needs the supervision activity or document it comes from.</source>
        <translation>任务需要其来源的监督活动或文件。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>A task needs its sequence number as printed in the source.</source>
        <translation>任务需要来源文件中的序号。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>A task needs the problem to rectify.</source>
        <translation>任务需要填写存在的问题。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>A task needs its deadline as written, or a date.</source>
        <translation>任务需要原文的整改时限或一个日期。</translation>
    </message>
    <message>
        <source>A signed-off task needs the date it was signed off.</source>
        <translation>已销号的任务需要销号日期。</translation>
    </message>
    <message>
        <source>Only a signed-off task has a sign-off date.</source>
        <translation>只有已销号的任务才有销号日期。</translation>
    </message>
    <message>
        <source>Only a completed or signed-off task has a completion date.</source>
        <translation>只有已完成或已销号的任务才有完成日期。</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>The supervision activity of the task does not exist.</source>
        <translation>任务所属的监督活动不存在。</translation>
    </message>
    <message>
        <source>The source already has a task with this sequence number.</source>
        <translation>该来源已有相同序号的任务。</translation>
    </message>
</context>
<context>
    <name>TrainingRepository</name>
    <message>
        <source>The training title is required.</source>
        <translation>培训名称不能为空。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>培训名称</translation>
    </message>
    <message>
        <source>The training date is required.</source>
        <translation>培训日期不能为空。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <source>Give the class hours or the duration in minutes.</source>
        <translation>请填写学时或时长（分钟）。</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>This officer already has a training with this date and title.</source>
        <translation>该执法人员已有同一日期、同一名称的培训记录。</translation>
    </message>
    <message>
        <source>The training no longer exists.</source>
        <translation>该培训记录已不存在。</translation>
    </message>
    <message>
        <source>The year %1 is not plausible.</source>
        <translation>年度%1不合理。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>This officer already has an assessment for %1.</source>
        <translation>该执法人员已有%1年度的考核记录。</translation>
    </message>
    <message>
        <source>The assessment no longer exists.</source>
        <translation>该考核记录已不存在。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Administrative organ</source>
        <translation>行政机关</translation>
    </message>
    <message>
        <source>Township or street</source>
        <translation>街镇</translation>
    </message>
    <message>
        <source>Organisation authorised by law</source>
        <translation>授权组织</translation>
    </message>
    <message>
        <source>Entrusted organisation</source>
        <translation>受委托组织</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>County level</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Township level</source>
        <translation>乡镇级</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Civil-service establishment</source>
        <translation>在编</translation>
    </message>
    <message>
        <source>Managed as civil servant</source>
        <translation>参公</translation>
    </message>
    <message>
        <source>Public-institution establishment</source>
        <translation>事业编</translation>
    </message>
    <message>
        <source>Contract staff</source>
        <translation>合同工</translation>
    </message>
    <message>
        <source>Temporary staff</source>
        <translation>临时工</translation>
    </message>
    <message>
        <source>Seconded</source>
        <translation>借调</translation>
    </message>
    <message>
        <source>On probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Off post</source>
        <translation>离岗</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>调离</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂扣</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>收回</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Certificate valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>No valid certificate</source>
        <translation>无有效证件</translation>
    </message>
    <message>
        <source>Public legal knowledge</source>
        <translation>公共法律知识</translation>
    </message>
    <message>
        <source>Specialist legal knowledge</source>
        <translation>专业法律知识</translation>
    </message>
    <message>
        <source>Enforcement skills</source>
        <translation>执法技能</translation>
    </message>
    <message>
        <source>Law update</source>
        <translation>法律知识更新</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>政治理论</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>线下</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Competent</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Basically competent</source>
        <translation>基本合格</translation>
    </message>
    <message>
        <source>Incompetent</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Administrative licence</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>Administrative coercion</source>
        <translation>行政强制</translation>
    </message>
    <message>
        <source>Administrative inspection</source>
        <translation>行政检查</translation>
    </message>
    <message>
        <source>Expropriation or requisition</source>
        <translation>行政征收征用</translation>
    </message>
    <message>
        <source>Administrative confirmation</source>
        <translation>行政确认</translation>
    </message>
    <message>
        <source>Administrative benefit</source>
        <translation>行政给付</translation>
    </message>
    <message>
        <source>Administrative adjudication</source>
        <translation>行政裁决</translation>
    </message>
    <message>
        <source>Other enforcement</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Public criticism</source>
        <translation>通报批评</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <source>Confiscation of illegal income</source>
        <translation>没收违法所得</translation>
    </message>
    <message>
        <source>Confiscation of illegal property</source>
        <translation>没收非法财物</translation>
    </message>
    <message>
        <source>Suspension of a licence</source>
        <translation>暂扣许可证件</translation>
    </message>
    <message>
        <source>Lowering of qualification grade</source>
        <translation>降低资质等级</translation>
    </message>
    <message>
        <source>Restriction of business activities</source>
        <translation>限制开展生产经营活动</translation>
    </message>
    <message>
        <source>Order to suspend production or business</source>
        <translation>责令停产停业</translation>
    </message>
    <message>
        <source>Order to close</source>
        <translation>责令关闭</translation>
    </message>
    <message>
        <source>Restriction from practice</source>
        <translation>限制从业</translation>
    </message>
    <message>
        <source>Revocation of a licence</source>
        <translation>吊销许可证件</translation>
    </message>
    <message>
        <source>Administrative detention</source>
        <translation>行政拘留</translation>
    </message>
    <message>
        <source>Other penalty</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Lighter penalty</source>
        <translation>从轻</translation>
    </message>
    <message>
        <source>Ordinary penalty</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Heavier penalty</source>
        <translation>从重</translation>
    </message>
    <message>
        <source>Mitigated penalty</source>
        <translation>减轻处罚</translation>
    </message>
    <message>
        <source>No penalty imposed</source>
        <translation>不予处罚</translation>
    </message>
    <message>
        <source>Licence granted</source>
        <translation>准予许可</translation>
    </message>
    <message>
        <source>Licence refused</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>Application not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation>撤销许可</translation>
    </message>
    <message>
        <source>Sealing up</source>
        <translation>查封</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>扣押</translation>
    </message>
    <message>
        <source>Freezing</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Other coercive measure</source>
        <translation>其他强制措施</translation>
    </message>
    <message>
        <source>Additional fine or late fee</source>
        <translation>加处罚款或滞纳金</translation>
    </message>
    <message>
        <source>Transfer of funds</source>
        <translation>划拨</translation>
    </message>
    <message>
        <source>Auction or disposal by law</source>
        <translation>拍卖或依法处理</translation>
    </message>
    <message>
        <source>Removal of obstruction and restoration</source>
        <translation>排除妨碍恢复原状</translation>
    </message>
    <message>
        <source>Performance by substitute</source>
        <translation>代履行</translation>
    </message>
    <message>
        <source>Other compulsory execution</source>
        <translation>其他强制执行</translation>
    </message>
    <message>
        <source>Application to court for execution</source>
        <translation>申请法院强制执行</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>维持</translation>
    </message>
    <message>
        <source>Application dismissed</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Confirmed illegal</source>
        <translation>确认违法</translation>
    </message>
    <message>
        <source>Ordered to perform</source>
        <translation>责令履行</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Claim dismissed</source>
        <translation>驳回诉讼请求</translation>
    </message>
    <message>
        <source>Suit withdrawn</source>
        <translation>撤诉</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Legal person</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>其他组织</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Investigation and evidence</source>
        <translation>调查取证</translation>
    </message>
    <message>
        <source>Notice of rights</source>
        <translation>告知</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>法制审核</translation>
    </message>
    <message>
        <source>Collective discussion</source>
        <translation>集体讨论</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>日常评查</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>专项评查</translation>
    </message>
    <message>
        <source>Cross review</source>
        <translation>交叉评查</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三方评查</translation>
    </message>
    <message>
        <source>Veto item</source>
        <translation>否决项</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>卷面</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Routine supervision</source>
        <translation>日常监督</translation>
    </message>
    <message>
        <source>Special supervision</source>
        <translation>专项监督</translation>
    </message>
    <message>
        <source>Resident supervision</source>
        <translation>驻站式监督</translation>
    </message>
    <message>
        <source>Case-file review</source>
        <translation>案卷评查</translation>
    </message>
    <message>
        <source>Complaint verification</source>
        <translation>投诉举报核查</translation>
    </message>
    <message>
        <source>Enforcement inspection</source>
        <translation>执法检查</translation>
    </message>
    <message>
        <source>Special campaign</source>
        <translation>专项整治</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Completed (to verify)</source>
        <translation>已完成（待核验）</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Extension approved</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Extension refused</source>
        <translation>不予延期</translation>
    </message>
    <message>
        <source>Supervision notice</source>
        <translation>行政执法监督通知书</translation>
    </message>
    <message>
        <source>Supervision opinion</source>
        <translation>行政执法监督意见书</translation>
    </message>
    <message>
        <source>Supervision recommendation</source>
        <translation>行政执法监督建议书</translation>
    </message>
    <message>
        <source>Supervision decision</source>
        <translation>行政执法监督决定书</translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>Supervision-and-urging letter</source>
        <translation>督办函</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
</context>
</TS>
