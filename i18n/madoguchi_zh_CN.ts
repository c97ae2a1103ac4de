<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AccompanimentForm</name>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+29" />
            <source>Accompaniment</source>
            <translation>陪同</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment #%1</source>
            <translation>陪同 #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+10" />
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you left the office</source>
            <translation>离开办公室的时间</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time out</source>
            <translation>出发时间</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you were back at the office</source>
            <translation>回到办公室的时间</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time back</source>
            <translation>返回时间</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Destination</source>
            <translation>目的地</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Organisation</source>
            <translation>机构</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Facility or counter</source>
            <translation>设施或窗口</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Facility</source>
            <translation>设施</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>e.g. 内科, 住民課</source>
            <translation>例如：内科、住民課</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Department</source>
            <translation>科室・部门</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Who went with the resident</source>
            <translation>陪同居民的人</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Accompanied by</source>
            <translation>陪同人员</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Interpreter</source>
            <translation>口译</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+4" />
            <source>Sensitive personal information (要配慮個人情報): diagnoses, symptoms and treatment. Write only what the follow-up needs, and only with the resident's consent.</source>
            <translation>敏感个人信息（要配慮個人情報）：诊断、症状和治疗。只记录跟进所需的内容，并须征得居民同意。</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Health details (sensitive)</source>
            <translation>健康详情（敏感）</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+9" />
            <source> km</source>
            <translation> 公里</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Distance (round trip)</source>
            <translation>距离（往返）</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+5" />
            <source> yen</source>
            <translation> 日元</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Transport cost</source>
            <translation>交通费</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Follow-up date</source>
            <translation>跟进日期</translation>
        </message>
    </context>
    <context>
        <name>AccompanimentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+39" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out</source>
            <translation>出发</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>姓名（拉丁字母）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>目的地</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>设施</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>科室・部门</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transport (yen)</source>
            <translation>交通费（日元）</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <location filename="../ui/pages/audit.py" line="+29" />
            <source>Created</source>
            <translation>创建</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Viewed</source>
            <translation>查看</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exported</source>
            <translation>导出</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imported</source>
            <translation>导入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report made</source>
            <translation>生成报告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed</source>
            <translation>打印</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed login</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked out</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlocked</source>
            <translation>已解锁</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymised</source>
            <translation>匿名化</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Values removed</source>
            <translation>内容已清除</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location line="+2" />
            <source>User account</source>
            <translation>用户账户</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+24" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="-21" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record ID (uuid; in a record's tooltip)</source>
            <translation>记录ID（uuid；见记录的提示）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changes</source>
            <translation>变更</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Verify chain</source>
            <translation>校验审计链</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check that no audit row was altered or removed since it was written</source>
            <translation>检查审计记录写入后是否被修改或删除</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Any user</source>
            <translation>所有用户</translation>
        </message>
        <message>
            <location line="+35" />
            <source>(values removed when the record was purged)</source>
            <translation>（清除记录时已删除内容）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The newest %1 rows; narrow the filter to see older ones.</source>
            <translation>仅显示最新的 %1 行；缩小筛选范围可查看更早的记录。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln 行</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>The audit trail is intact (%1 rows).</source>
            <translation>审计记录完好（%1 行）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audit row %1 was altered or removed.</source>
            <translation>审计记录第 %1 行已被修改或删除。</translation>
        </message>
        <message>
            <location filename="../ui/audit_text.py" line="+44" />
            <source>(deleted) %1</source>
            <translation>（已删除）%1</translation>
        </message>
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <location filename="../ui/pages/backup_box.py" line="+29" />
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change folder…</source>
            <translation>更改文件夹…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore from a backup…</source>
            <translation>从备份恢复…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A verified, encrypted backup is made at the first start of each day and before every import, restore and purge; 7 daily, 4 weekly and 12 monthly are kept.</source>
            <translation>每天首次启动时以及每次导入、恢复和清除数据前，都会生成经过校验的加密备份；保留 7 份每日备份、4 份每周备份和 12 份每月备份。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Folder for backups</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore %1? The current database is kept aside, never deleted, and the window opens again on the restored records.</source>
            <translation>要恢复 %1 吗？当前数据库会另行保存，不会被删除，窗口将重新打开并显示恢复后的记录。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Backed up to %1</source>
            <translation>已备份到 %1</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="+79" />
            <source>Bridge person</source>
            <translation>桥梁人才</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person #%1</source>
            <translation>桥梁人才 #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+78" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+7" />
            <source>SNS contacts</source>
            <translation>SNS 联系方式</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Where they can help, e.g. a district</source>
            <translation>可提供帮助的范围，例如某个地区</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Area</source>
            <translation>区域</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+3" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>ID or phone number</source>
            <translation>ID 或电话号码</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-33" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>区域</translation>
        </message>
    </context>
    <context>
        <name>CardTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="+59" />
            <source>Period of stay ends</source>
            <translation>在留期限</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In</source>
            <translation>剩余</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Residence status</source>
            <translation>在留资格</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>ended %Ln day(s) ago</source>
            <translation>
                <numerusform>已于%Ln天前到期</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <location filename="../ui/pages/categories_dialog.py" line="+32" />
            <source>Other bodies' categories</source>
            <translation>其他机构的分类</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Topics counted in this category</source>
            <translation>计入此分类的主题</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Back to the shipped example</source>
            <translation>恢复为自带的示例</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Topics in no category (counted as unmapped): %1</source>
            <translation>不属于任何分类的主题（计为未分类）：%1</translation>
        </message>
    </context>
    <context>
        <name>CodeItemDialog</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+54" />
            <location line="+13" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Offered in forms</source>
            <translation>在表单中可选</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Japanese label</source>
            <translation>日语名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English label</source>
            <translation>英语名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>顺序</translation>
        </message>
    </context>
    <context>
        <name>CodeList</name>
        <message>
            <location filename="../ui/labels.py" line="+73" />
            <source>Consultation topics</source>
            <translation>咨询主题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channels</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS apps</source>
            <translation>SNS 应用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>陪同目的地</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>活动类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>活动主题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence statuses</source>
            <translation>在留资格</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationalities</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation kinds</source>
            <translation>机构类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent methods</source>
            <translation>同意方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household relations</source>
            <translation>家庭关系</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreters</source>
            <translation>口译</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+170" />
            <source>Header row and columns</source>
            <translation>标题行和列</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each column's field is guessed from its header name; change it where the guess is wrong. Columns Madoguchi does not know are kept in the notes.</source>
            <translation>每列对应的字段根据列标题推测；推测有误时请更改。Madoguchi 无法识别的列会保留在备注中。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Header row</source>
            <translation>标题行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Example</source>
            <translation>示例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPage</name>
        <message>
            <location filename="../ui/pages/conflicts.py" line="+55" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Found</source>
            <translation>发现时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>不同之处</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This device</source>
            <translation>本设备</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other device</source>
            <translation>另一台设备</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep</source>
            <translation>保留</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All mine</source>
            <translation>全部用本机的</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All theirs</source>
            <translation>全部用对方的</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+120" />
            <source>Resolve</source>
            <translation>解决</translation>
        </message>
        <message>
            <location line="-102" />
            <source>%1 open conflicts. A record changed on two devices since they last synced is kept as it is on each until you choose, field by field, which value to keep.</source>
            <translation>%1 个未解决的冲突。自上次同步以来在两台设备上都被修改的记录，会在各自设备上保持原样，直到您逐个字段选择要保留的值。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>deleted on this device</source>
            <translation>已在本设备上删除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deleted on the other device</source>
            <translation>已在另一台设备上删除</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consultation</source>
            <translation>咨询</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>陪同支援</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>讲座/说明会</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>机构</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>联络人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>知识条目</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No conflict chosen.</source>
            <translation>未选择冲突。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deleted on one device and changed on the other. Keep the record, or its deletion?</source>
            <translation>在一台设备上被删除，在另一台上被修改。保留记录，还是保留删除？</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the value to keep for each field.</source>
            <translation>为每个字段选择要保留的值。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>kept</source>
            <translation>保留</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Mine</source>
            <translation>本机的</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>对方的</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
    </context>
    <context>
        <name>ConsultationForm</name>
        <message>
            <location filename="../ui/forms/consultation.py" line="+32" />
            <source>Consultation</source>
            <translation>咨询</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation #%1</source>
            <translation>咨询 #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-91" />
            <location filename="../ui/forms/consultation.py" line="+15" />
            <source>Date and time</source>
            <translation>日期和时间</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/consultation.py" line="+1" />
            <source>Time spent</source>
            <translation>所用时间</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="+6" />
            <source>Anonymous</source>
            <translation>匿名</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Nationality (anonymous)</source>
            <translation>国籍（匿名）</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Language used</source>
            <translation>使用语言</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>SNS app</source>
            <translation>SNS 应用</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Interpreter</source>
            <translation>口译</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Topics</source>
            <translation>主题</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>What was asked</source>
            <translation>咨询内容</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>What was done</source>
            <translation>处理内容</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Referred to</source>
            <translation>转介至</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Follow-up date</source>
            <translation>跟进日期</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+14" />
            <source>Suggested answers</source>
            <translation>建议回答</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+11" />
            <source>Date and time</source>
            <translation>日期和时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>姓名（拉丁字母）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>咨询内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>主题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>分钟</translation>
        </message>
    </context>
    <context>
        <name>Curtain</name>
        <message>
            <location filename="../ui/session.py" line="+87" />
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Madoguchi (locked)</source>
            <translation>Madoguchi（已锁定）</translation>
        </message>
    </context>
    <context>
        <name>DataTransferBox</name>
        <message>
            <location filename="../ui/pages/data_transfer.py" line="+27" />
            <source>All records as a file</source>
            <translation>全部记录（文件形式）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export all records…</source>
            <translation>导出全部记录…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import records…</source>
            <translation>导入记录…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export all records</source>
            <translation>导出全部记录</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import records</source>
            <translation>导入记录</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exported to %1: %2</source>
            <translation>已导出到 %1：%2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported from %1: %2</source>
            <translation>已从 %1 导入：%2</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../ui/widgets.py" line="+172" />
            <source>Pick a date</source>
            <translation>选择日期</translation>
        </message>
        <message>
            <location line="+44" />
            <source>not a date</source>
            <translation>不是日期</translation>
        </message>
    </context>
    <context>
        <name>DevicesBox</name>
        <message>
            <location filename="../ui/pages/devices.py" line="+63" />
            <source>Sync between devices</source>
            <translation>设备间同步</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose folder…</source>
            <translation>选择文件夹…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+60" />
            <source>Sync folder</source>
            <translation>同步文件夹</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Each device writes an encrypted packet of its changes to this folder (a shared folder or a USB stick) and reads the others' packets. It also happens at login and logout when the folder can be reached.</source>
            <translation>每台设备把自己的更改写成加密数据包放到此文件夹（共享文件夹或 U 盘），并读取其他设备的数据包。能访问该文件夹时，登录和注销时也会进行。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Devices of this town</source>
            <translation>本市町村的设备</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last heard from</source>
            <translation>最后收到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes not yet confirmed</source>
            <translation>尚未确认的更改</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add device…</source>
            <translation>添加设备…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+86" />
            <location line="+20" />
            <location line="+9" />
            <source>Revoke device</source>
            <translation>吊销设备</translation>
        </message>
        <message>
            <location line="-100" />
            <source>(none chosen)</source>
            <translation>（未选择）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this device</source>
            <translation>本设备</translation>
        </message>
        <message>
            <location line="+1" />
            <source>revoked</source>
            <translation>已吊销</translation>
        </message>
        <message>
            <location line="+1" />
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open conflicts: %1</source>
            <translation>未解决的冲突：%1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Copy of this town for another device</source>
            <translation>供另一台设备使用的本市町村副本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Madoguchi database (*.db)</source>
            <translation>Madoguchi 数据库 (*.db)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add device</source>
            <translation>添加设备</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device %1 added. Copy both files (%2 and its .keys file) to the other device's data folder.</source>
            <translation>已添加设备 %1。请把两个文件（%2 及其 .keys 文件）复制到另一台设备的数据文件夹。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Refuse every packet of device %1 from now on, on every device, and give this database a new key? Do this for a lost or retired device.</source>
            <translation>从现在起在所有设备上拒收设备 %1 的所有数据包，并为此数据库设置新密钥？请对丢失或停用的设备这样做。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Revoking device…</source>
            <translation>正在吊销设备…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Device %1 is revoked, but this database was not re-keyed: the accounts %2 were made by an older Madoguchi and change at their next login; revoke the device again after that.</source>
            <translation>设备 %1 已吊销，但此数据库尚未更换密钥：账户 %2 由较旧的 Madoguchi 创建，将在下次登录时更新；之后请再次吊销该设备。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Device %1 is revoked and this database has a new key: backups made from now on cannot be opened with the lost device's key.</source>
            <translation>设备 %1 已吊销，此数据库已使用新密钥：今后创建的备份无法用丢失设备的密钥打开。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No other device was left, so the town has a new sync key: devices added from now on get it; the lost device's packets are refused.</source>
            <translation>已没有其他设备，因此市町村已使用新的同步密钥：今后添加的设备将获得此密钥；丢失设备的数据包将被拒收。</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+76" />
            <source>Organisations</source>
            <translation>机构</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge persons</source>
            <translation>桥梁人才</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+256" />
            <source>Imported</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The records are in Madoguchi; each keeps the file, sheet and row it came from.</source>
            <translation>记录已导入 Madoguchi；每条记录都保留其来源文件、工作表和行。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the import report (CSV)…</source>
            <translation>保存导入报告（CSV）…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 residents were added and %2 updated; %3 not on the roster are listed in the report to check. A backup was made first.</source>
            <translation>已添加 %1 名居民，更新 %2 名；名册中没有的 %3 名居民已列在报告中，请核对。导入前已进行备份。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 consultations were imported; %2 residents were added and %3 already known ones were linked. A backup was made first.</source>
            <translation>已导入 %1 条咨询；新增 %2 名居民，并关联了 %3 名已有居民。导入前已进行备份。</translation>
        </message>
    </context>
    <context>
        <name>DueTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="-41" />
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consulted</source>
            <translation>咨询日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>咨询内容</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../ui/errors.py" line="+26" />
            <source>Something unexpected went wrong (%1). Your saved records are safe; what happened was written to %2 for your IT staff.</source>
            <translation>发生意外错误（%1）。已保存的记录不受影响；发生的情况已写入 %2，供 IT 负责人员查看。</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-411" />
            <source>Choose the file and its sheets</source>
            <translation>选择文件及其工作表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An Excel workbook (.xlsx, .xls) or a CSV file: an old log of consultations, or the resident roster. Nothing is written until the last step.</source>
            <translation>Excel 工作簿（.xlsx、.xls）或 CSV 文件：以往的咨询记录，或居民名册。在最后一步之前不会写入任何内容。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A log of consultations</source>
            <translation>咨询记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The resident roster (住民基本台帳 extract)</source>
            <translation>居民名册（住民基本台帳摘录）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file holds:</source>
            <translation>文件内容：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+54" />
            <source>Mapping profile: none (guessed from the file)</source>
            <translation>映射配置：无（根据文件推测）</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Load mapping profile…</source>
            <translation>加载映射配置…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheets to import:</source>
            <translation>要导入的工作表：</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 (%2 rows)</source>
            <translation>%1（%2 行）</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Mapping profile: %1</source>
            <translation>映射配置：%1</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../ui/first_run.py" line="+86" />
            <source>Madoguchi — first start</source>
            <translation>Madoguchi — 首次启动</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Welcome to Madoguchi</source>
            <translation>欢迎使用 Madoguchi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no database here yet. Madoguchi will make a new encrypted database in:</source>
            <translation>此处还没有数据库。Madoguchi 将在以下位置创建新的加密数据库：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>First, the town's name and the administrator: the clerk who looks after Madoguchi, adds the other users and keeps the recovery code.</source>
            <translation>首先，请填写市町村名称和管理员：管理员是负责维护 Madoguchi、添加其他用户并保管恢复码的职员。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>至少 %1 个字符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (Japanese)</source>
            <translation>市町村名称（日语）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator's user name</source>
            <translation>管理员用户名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password again</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the database</source>
            <translation>创建数据库</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Please enter the town's name.</source>
            <translation>请输入市町村名称。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please enter a user name for the administrator.</source>
            <translation>请输入管理员用户名。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use at least %1 characters for the password.</source>
            <translation>密码至少需要 %1 个字符。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The folder %1 does not exist.</source>
            <translation>文件夹 %1 不存在。</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The recovery code</source>
            <translation>恢复码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If every administrator password is lost, only this code opens the database. It is shown now and never again, and Madoguchi does not keep it.</source>
            <translation>如果所有管理员密码都丢失，只有此恢复码能打开数据库。恢复码仅在此显示一次，Madoguchi 不会保存它。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print it, or write it down by hand, and keep the paper in the office safe. Do not keep it on this computer or in email.</source>
            <translation>请打印或手写记下恢复码，并将纸张保存在办公室保险柜中。请勿保存在本机或电子邮件中。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printing is not available here. Write the code down by hand now and keep the paper in the office safe. Save it as a text file only to print it elsewhere, then delete the file.</source>
            <translation>此处无法打印。请立即手写记下恢复码，并将纸张保存在办公室保险柜中。仅在需要到其他地方打印时才保存为文本文件，打印后请删除该文件。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save as text file…</source>
            <translation>另存为文本文件…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I have written down or printed the recovery code</source>
            <translation>我已记下或打印恢复码</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Finish and open Madoguchi</source>
            <translation>完成并打开 Madoguchi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Madoguchi recovery code</source>
            <translation>Madoguchi 恢复码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep this paper in the office safe. Anyone who has it and the database file can read every record.</source>
            <translation>请将此纸张保存在办公室保险柜中。任何同时持有此纸张和数据库文件的人都能读取所有记录。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Sent to the printer.</source>
            <translation>已发送到打印机。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save the recovery code</source>
            <translation>保存恢复码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt)</source>
            <translation>文本文件 (*.txt)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not save: %1</source>
            <translation>无法保存：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved. Print it, then delete the file.</source>
            <translation>已保存。请打印后删除该文件。</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <location filename="../ui/pages/today.py" line="+52" />
            <source>First steps</source>
            <translation>初始步骤</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This town has no records yet. A new town usually starts so:</source>
            <translation>本自治体还没有记录。通常按以下顺序开始：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1. The town's name and the report settings</source>
            <translation>1. 自治体名称与报告设置</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2. Accounts for the staff (the CIR, a colleague)</source>
            <translation>2. 职员账户（国际交流员、同事）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3. Old records from Excel or CSV, and the roster</source>
            <translation>3. Excel或CSV中的旧记录及居民名册</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4. A knowledge pack from another town</source>
            <translation>4. 来自其他自治体的问答包</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <location filename="../ui/jobs.py" line="+125" />
            <source>Unexpected error (%1).</source>
            <translation>意外错误（%1）。</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>KbStatus</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+33" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>已发布</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <location filename="../ui/labels.py" line="-66" />
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation</source>
            <translation>咨询</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>陪同</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>机构</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>桥梁人才</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>知识条目</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeForm</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+44" />
            <source>Knowledge entry</source>
            <translation>知识条目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry #%1</source>
            <translation>知识条目 #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+54" />
            <location filename="../ui/forms/knowledge.py" line="+6" />
            <source>Topic</source>
            <translation>主题</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+7" />
            <source>Add language…</source>
            <translation>添加语言…</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+9" />
            <source>Question and answer</source>
            <translation>问题与回答</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>For example: 在留カード, マイナンバーカード</source>
            <translation>例如：在留カード, マイナンバーカード</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+1" />
            <source>Documents to bring</source>
            <translation>需携带的材料</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+12" />
            <source>Organisations that help</source>
            <translation>可提供帮助的机构</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Last reviewed</source>
            <translation>上次复核</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePack</name>
        <message>
            <location filename="../ui/kb_pack.py" line="+22" />
            <source>Knowledge pack from %1: %2 new, %3 changed, %4 already here; %5 organisations to add. Import it?</source>
            <translation>来自%1的问答包：新增%2条，变更%3条，已有%4条；将添加%5个机构。要导入吗？</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import a knowledge pack</source>
            <translation>导入问答包</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export a knowledge pack</source>
            <translation>导出问答包</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 published entries were written to %2.</source>
            <translation>已将%1条已发布条目写入%2。</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <location filename="../ui/pages/knowledge.py" line="+57" />
            <source>Search questions and answers, in any language</source>
            <translation>搜索问题和回答（任何语言）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Any topic</source>
            <translation>所有主题</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show drafts</source>
            <translation>显示草稿</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New entry…</source>
            <translation>新建条目…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New knowledge entry (Ctrl+N)</source>
            <translation>新建知识条目 (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Knowledge packs</source>
            <translation>问答包</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share the published entries with another town, or take theirs in</source>
            <translation>与其他自治体共享已发布条目，或导入对方的条目</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import a knowledge pack…</source>
            <translation>导入问答包…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export a knowledge pack…</source>
            <translation>导出问答包…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Topic</source>
            <translation>主题</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Languages</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last reviewed</source>
            <translation>上次复核</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Used</source>
            <translation>使用次数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Review</source>
            <translation>复核</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Copy for SNS</source>
            <translation>复制用于 SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the question and answer in the chosen language, as plain text for Messenger, Zalo or LINE</source>
            <translation>以所选语言复制问题和回答，作为纯文本用于 Messenger、Zalo 或 LINE</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark reviewed</source>
            <translation>标记为已复核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer is still right: record today as its review date</source>
            <translation>回答仍然正确：将今天记录为复核日期</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Due</source>
            <translation>待复核</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not reviewed for a year: check the answer is still right</source>
            <translation>已一年未复核：请确认回答是否仍然正确</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln 个条目</numerusform>
            </translation>
        </message>
        <message>
            <location line="+40" />
            <source>No entry chosen</source>
            <translation>未选择条目</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Documents to bring:</source>
            <translation>需携带的材料：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisations that help:</source>
            <translation>可提供帮助的机构：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Never reviewed</source>
            <translation>从未复核</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last reviewed %1 by %2</source>
            <translation>上次由 %2 于 %1 复核</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last reviewed %1</source>
            <translation>上次复核：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From %1</source>
            <translation>来自 %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Marked as reviewed today</source>
            <translation>已标记为今天复核</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <location filename="../ui/login.py" line="+94" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
    </context>
    <context>
        <name>LanguageTab</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="-67" />
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this language</source>
            <translation>删除此语言</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../ui/pages/list_page.py" line="+50" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Any status</source>
            <translation>所有状态</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Any topic</source>
            <translation>所有主题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any language</source>
            <translation>所有语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any nationality</source>
            <translation>所有国籍</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New record (Ctrl+N)</source>
            <translation>新建记录 (Ctrl+N)</translation>
        </message>
        <message numerus="yes">
            <location line="+49" />
            <source>%Ln record(s)</source>
            <translation>
                <numerusform>%Ln 条记录</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../ui/login.py" line="+96" />
            <source>Madoguchi — log in</source>
            <translation>Madoguchi — 登录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked. Log in to continue, or log in as another user.</source>
            <translation>已锁定。请登录以继续，或以其他用户身份登录。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log in to Madoguchi</source>
            <translation>登录 Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Demo town: user %1 or %2, password %3</source>
            <translation>演示市町村：用户 %1 或 %2，密码 %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the recovery code…</source>
            <translation>使用恢复码…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit Madoguchi</source>
            <translation>退出 Madoguchi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Enter your user name and password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The backup was restored. Log in again.</source>
            <translation>备份已恢复。请重新登录。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Opening the database… The first login after an update prepares the file once; on a large town this can take a minute.</source>
            <translation>正在打开数据库… 更新后的首次登录会对文件进行一次性准备；对于较大的町，这可能需要约一分钟。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+30" />
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residents</source>
            <translation>居民</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations</source>
            <translation>咨询</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniments</source>
            <translation>陪同</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Directory</source>
            <translation>名录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge</source>
            <translation>知识库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>报告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handover</source>
            <translation>交接</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit</source>
            <translation>审计</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Madoguchi</source>
            <translation>Madoguchi</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+9" />
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Search residents and consultations (Ctrl+F): any script, any name form</source>
            <translation>搜索居民和咨询 (Ctrl+F)：支持任何文字、任何姓名形式</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New record</source>
            <translation>新建记录</translation>
        </message>
        <message>
            <location line="+143" />
            <source>administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location line="+0" />
            <source>staff</source>
            <translation>职员</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock / switch user</source>
            <translation>锁定 / 切换用户</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock the window, or let another user log in (Ctrl+L)</source>
            <translation>锁定窗口，或让其他用户登录 (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>MeasuresDialog</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+51" />
            <source>Special allocation tax measures</source>
            <translation>特别交付税措施</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consultation topics</source>
            <translation>咨询主题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations with interpreter</source>
            <translation>有口译的咨询</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>活动类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>活动主题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>陪同目的地</translation>
        </message>
    </context>
    <context>
        <name>OldRecordsBox</name>
        <message>
            <location filename="../ui/table_import.py" line="+171" />
            <source>Old records from Excel or CSV</source>
            <translation>来自 Excel 或 CSV 的旧记录</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import from Excel/CSV…</source>
            <translation>从 Excel/CSV 导入…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A consultation log kept in Excel or CSV, or the resident roster: preview every row first, then import all or nothing.</source>
            <translation>用 Excel 或 CSV 保存的咨询记录，或居民名册：先预览每一行，然后全部导入或全部不导入。</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="-88" />
            <source>Organisation</source>
            <translation>机构</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation #%1</source>
            <translation>机构 #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-64" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages spoken</source>
            <translation>可使用的语言</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>An interpreter can be arranged</source>
            <translation>可安排口译</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Interpreter</source>
            <translation>口译</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+4" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-30" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>口译</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+39" />
            <source>SMTP password</source>
            <translation>SMTP 密码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password for %1 at %2</source>
            <translation>%2 上 %1 的密码</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../ui/pages/users.py" line="+73" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember it in this computer's keyring</source>
            <translation>记住密码（保存在本机密钥环中）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No secure keyring is available, so Madoguchi asks every time.</source>
            <translation>没有可用的安全密钥环，因此 Madoguchi 每次都会询问密码。</translation>
        </message>
        <message>
            <location filename="../ui/pages/users.py" line="-19" />
            <source>Add user</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set password for %1</source>
            <translation>为 %1 设置密码</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>至少 %1 个字符</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Password again</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Staff can keep records and make the aggregated reports. Only administrators manage users and settings, export personal data and delete data for good.</source>
            <translation>职员可以记录数据并生成汇总报告。只有管理员才能管理用户和设置、导出个人数据以及永久删除数据。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>Person</name>
        <message>
            <location filename="../ui/labels.py" line="+72" />
            <source>Anonymous (%1)</source>
            <translation>匿名（%1）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nationality unknown</source>
            <translation>国籍不明</translation>
        </message>
    </context>
    <context>
        <name>PrefecturePage</name>
        <message>
            <location filename="../ui/pages/prefecture.py" line="+42" />
            <source>Madoguchi — prefecture roll-up</source>
            <translation>Madoguchi — 都道府县汇总</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add the annual data files (.json) the towns sent, check them, then make the prefecture's report (PDF, Excel and CSV). No town database is needed.</source>
            <translation>添加各市町村发来的年度数据文件（.json），检查后生成都道府县的报告（PDF、Excel 和 CSV）。无需市町村的数据库。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove all</source>
            <translation>全部移除</translation>
        </message>
        <message>
            <location line="+8" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Town</source>
            <translation>市町村</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Municipality code</source>
            <translation>地方公共团体代码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counts</source>
            <translation>件数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Accept provisional files (the roll-up is then provisional)</source>
            <translation>接受暂定文件（汇总也将是暂定的）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Counts from 1 to one less than this are hidden as x in the prefecture's report.</source>
            <translation>从 1 到比此数小 1 的件数，在都道府县的报告中以 x 隐藏。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide counts below</source>
            <translation>隐藏小于此数的件数</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check the files</source>
            <translation>检查文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the prefecture's report…</source>
            <translation>生成都道府县的报告…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Annual data files</source>
            <translation>年度数据文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual data files (*.json)</source>
            <translation>年度数据文件 (*.json)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the prefecture's report in</source>
            <translation>都道府县报告的保存位置</translation>
        </message>
        <message>
            <location line="+39" />
            <source>exact</source>
            <translation>精确</translation>
        </message>
        <message>
            <location line="+0" />
            <source>suppressed</source>
            <translation>已隐藏</translation>
        </message>
        <message>
            <location line="+1" />
            <source>provisional to %1</source>
            <translation>暂定（至 %1）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>final</source>
            <translation>确定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 files of %2 are ready to roll up.</source>
            <translation>%2 个文件中有 %1 个可以汇总。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Making the prefecture's report…</source>
            <translation>正在生成都道府县的报告…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved:</source>
            <translation>已保存：</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+183" />
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every row of the file and what will become of it. The import adds all of it, or nothing.</source>
            <translation>文件的每一行及其处理方式。导入时要么全部添加，要么全部不添加。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import the other rows, and list rows with problems as skipped</source>
            <translation>导入其他行，并将有问题的行列为已跳过</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile…</source>
            <translation>保存映射配置…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save preview as CSV…</source>
            <translation>将预览另存为 CSV…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 rows: %2 new residents, %3 to update, %4 unchanged, %5 skipped, %6 with problems; %7 residents in Madoguchi are not on the roster (listed to check; they are not changed).</source>
            <translation>共 %1 行：新居民 %2 名，待更新 %3 条，无变化 %4 条，已跳过 %5 条，有问题 %6 条；Madoguchi 中有 %7 名居民不在名册上（已列出以便核对；不会更改）。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 rows: %2 to import, %3 skipped, %4 with problems. Residents: %5 new, %6 already in Madoguchi.</source>
            <translation>共 %1 行：待导入 %2 行，已跳过 %3 行，有问题 %4 行。居民：新增 %5 名，已在 Madoguchi 中 %6 名。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rows with problems stop the import: correct the file or the mapping (Back), or tick the box above.</source>
            <translation>有问题的行会阻止导入：请修改文件或映射设置（上一步），或勾选上方的复选框。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile</source>
            <translation>保存映射配置</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Mapping profile saved: %1</source>
            <translation>映射配置已保存：%1</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../ui/qt_strings.py" line="+10" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>是(&amp;Y)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>否(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>帮助</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../ui/forms/base.py" line="+62" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>This record was also changed on another device: it has an open conflict (Settings › Conflicts).</source>
            <translation>此记录也在另一台设备上被修改：存在未解决的冲突（设置 › 冲突）。</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Please correct the fields marked in red.</source>
            <translation>请更正标为红色的字段。</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this record? This cannot be undone.</source>
            <translation>要删除此记录吗？此操作无法撤销。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This record has changes that are not saved. Save them?</source>
            <translation>此记录有未保存的更改。要保存吗？</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../ui/login.py" line="+56" />
            <source>Use the recovery code</source>
            <translation>使用恢复码</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the recovery code from the paper kept in the office safe. Then choose a new password for the administrator.</source>
            <translation>请输入保存在办公室保险柜中纸张上的恢复码，然后为管理员设置新密码。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Check the code</source>
            <translation>检查恢复码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation>恢复码</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password again</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Set password and log in</source>
            <translation>设置密码并登录</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This database has no active administrator.</source>
            <translation>此数据库没有有效的管理员。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>ReportSettingsBox</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+36" />
            <source>Reports</source>
            <translation>报告</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counts from 1 to one less than this are hidden as x in the annual report.</source>
            <translation>在年度报告中，从 1 到小于此值的数字将显示为 x。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>same as above</source>
            <translation>同上</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A hidden count is protected when a reader of every table published this year cannot narrow it to a range narrower than this.</source>
            <translation>当读者即使阅读本年度公布的所有表格，也无法将隐藏的数字缩小到比此更窄的范围时，该数字即受到保护。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>from the town's name</source>
            <translation>根据自治体名称</translation>
        </message>
        <message>
            <location line="+10" />
            <source>全国地方公共団体コード: six digits, the last one a check digit.</source>
            <translation>全国地方公共団体コード（地方公共团体代码）：六位数字，最后一位是校验位。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>suppressed counts, as in the report</source>
            <translation>已隐藏的件数（与报告相同）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exact counts, for the prefecture to suppress</source>
            <translation>精确件数（由都道府县进行隐藏）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Special allocation tax measures…</source>
            <translation>特别交付税措施…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other bodies' categories…</source>
            <translation>其他机构的分类…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide counts below</source>
            <translation>隐藏小于此值的数字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protection width</source>
            <translation>保护宽度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality</source>
            <translation>自治体类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality code</source>
            <translation>地方公共团体代码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The annual data file carries</source>
            <translation>年度数据文件包含</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town population</source>
            <translation>市町村人口</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Foreign residents</source>
            <translation>外国居民</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>科室</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact (mail signature)</source>
            <translation>联系方式（邮件签名）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sending to the prefecture</source>
            <translation>发送给县政府</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Use STARTTLS</source>
            <translation>使用 STARTTLS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Forget the saved password</source>
            <translation>清除已保存的密码</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prefecture's address</source>
            <translation>县政府邮箱地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From address</source>
            <translation>发件人地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>正文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mail server (SMTP)</source>
            <translation>邮件服务器 (SMTP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save report settings</source>
            <translation>保存报告设置</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password is kept only in this computer's keyring, never in a file.</source>
            <translation>密码仅保存在本机密钥环中，绝不会写入文件。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No secure keyring here: Madoguchi asks for the password every time.</source>
            <translation>此处没有安全密钥环：Madoguchi 每次都会询问密码。</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/pages/reports.py" line="+49" />
            <source>Monthly report</source>
            <translation>月报</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual report for the prefecture</source>
            <translation>提交县政府的年度报告</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the file made</source>
            <translation>打开生成的文件</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Email draft for the prefecture…</source>
            <translation>生成给县政府的邮件草稿…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture…</source>
            <translation>发送给县政府…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attach the annual data file (for the prefecture's roll-up)</source>
            <translation>附上年度数据文件（供都道府县汇总）</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Save the report in</source>
            <translation>将报告保存到</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Records with open sync conflicts: %1. The report counts them as they stand on this device (Settings › Conflicts).</source>
            <translation>存在未解决同步冲突的记录：%1。报告按本设备上的状态计数（设置 › 冲突）。</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Making the report…</source>
            <translation>正在生成报告…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved:</source>
            <translation>已保存：</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Making the email draft…</source>
            <translation>正在生成邮件草稿…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved. Open the .eml file to check and send it from your mail program:</source>
            <translation>已保存。请打开 .eml 文件检查，并通过邮件程序发送：</translation>
        </message>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+37" />
            <source>Send the %1 report (PDF, Excel and the annual data file) to %2?</source>
            <translation>将 %1 的报告（PDF、Excel 和年度数据文件）发送到 %2？</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send the %1 report (PDF and Excel) to %2?</source>
            <translation>要将 %1 报告（PDF 和 Excel）发送至 %2 吗？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture</source>
            <translation>发送给县政府</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sent to %1.</source>
            <translation>已发送至 %1。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sending…</source>
            <translation>正在发送…</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <location filename="../ui/forms/resident.py" line="+39" />
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident #%1</source>
            <translation>居民 #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+48" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>Family name (native script)</source>
            <translation>姓（本国文字）</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Given name (native script)</source>
            <translation>名（本国文字）</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Family name (Latin letters)</source>
            <translation>姓（拉丁字母）</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Given name (Latin letters)</source>
            <translation>名（拉丁字母）</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Hiragana becomes katakana</source>
            <translation>平假名会转换为片假名</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Reading (katakana)</source>
            <translation>读音（片假名）</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Date of birth</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Languages</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Residence status</source>
            <translation>在留资格</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Period of stay ends (在留期間満了日)</source>
            <translation>在留期限（在留期間満了日）</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Residence card number</source>
            <translation>在留卡号码</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Employer or host organisation</source>
            <translation>雇主或接收机构</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>District</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>ID or phone number</source>
            <translation>ID 或电话号码</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>SNS contacts</source>
            <translation>SNS 联系方式</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Arrival date</source>
            <translation>入境日期</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Consent to keep a record: date</source>
            <translation>同意记录：日期</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Consent: how</source>
            <translation>同意：方式</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>Link</source>
            <translation>关联</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlink</source>
            <translation>取消关联</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+8" />
            <source>Household</source>
            <translation>家庭</translation>
        </message>
    </context>
    <context>
        <name>ResidentPicker</name>
        <message>
            <location filename="../ui/resident_picker.py" line="+50" />
            <source>Type a name in any script…</source>
            <translation>输入姓名（任何文字）…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>New resident “%1”…</source>
            <translation>新居民“%1”…</translation>
        </message>
    </context>
    <context>
        <name>ResidentView</name>
        <message>
            <location filename="../ui/resident_view.py" line="+53" />
            <location line="+97" />
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <location line="-94" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit resident…</source>
            <translation>编辑居民…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New consultation…</source>
            <translation>新建咨询…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New accompaniment…</source>
            <translation>新建陪同…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>在留资格</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Employer or host</source>
            <translation>雇主或接收机构</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>地区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS</source>
            <translation>SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrived</source>
            <translation>入境</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>同意</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household</source>
            <translation>家庭</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+5" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>姓名（拉丁字母）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading</source>
            <translation>读音</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>在留资格</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stay ends</source>
            <translation>在留期限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card number</source>
            <translation>卡号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>地区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employer or host</source>
            <translation>雇主或接收机构</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation>入境</translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <location filename="../ui/pages/retention_box.py" line="+26" />
            <source>Retention</source>
            <translation>数据保留</translation>
        </message>
        <message>
            <location line="+7" />
            <source> years</source>
            <translation> 年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Anonymise…</source>
            <translation>匿名化…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No activity for</source>
            <translation>无活动超过</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Anonymising blanks names, contacts, notes and free text, after a backup. Nationality, languages and residence status stay, so past reports keep their numbers.</source>
            <translation>匿名化会在备份后清空姓名、联系方式、备注和自由文本。国籍、语言和在留资格会保留，因此以往报告的数字不变。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Anonymise</source>
            <translation>匿名化</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymise %1 residents? This cannot be undone (a backup is made first).</source>
            <translation>要将 %1 名居民匿名化吗？此操作无法撤销（会先进行备份）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 residents have had no activity for %2 years or more.</source>
            <translation>%1 名居民已有 %2 年或更长时间没有活动。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 residents anonymised.</source>
            <translation>已将 %1 名居民匿名化。</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../ui/pages/users.py" line="-64" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff</source>
            <translation>职员</translation>
        </message>
    </context>
    <context>
        <name>RowsModel</name>
        <message>
            <location filename="../ui/table_import_rows.py" line="+67" />
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsPage</name>
        <message>
            <location filename="../ui/pages/search_results.py" line="+26" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 result(s) for “%2”</source>
            <translation>“%2”的搜索结果：%1 条</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../ui/session.py" line="+96" />
            <source>Checking the database in the background…</source>
            <translation>正在后台检查数据库…</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <location filename="../ui/forms/session.py" line="+38" />
            <source>Session</source>
            <translation>活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session #%1</source>
            <translation>活动 #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+5" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Start time</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Copy the last session of this kind</source>
            <translation>复制上一次同类活动</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title, topics, languages, venue, facilitator and registered attendees of the most recent session of this kind (for weekly classes)</source>
            <translation>同类最近一次活动的名称、主题、语言、场地、主持人和已登记参加者（用于每周课程）</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Topics</source>
            <translation>主题</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Languages</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Venue</source>
            <translation>场地</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Held online</source>
            <translation>线上举办</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Online</source>
            <translation>线上</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Facilitator</source>
            <translation>主持人</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+10" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+11" />
            <source>Registered attendees</source>
            <translation>已登记的参加者</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Attendance sheet…</source>
            <translation>签到表…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print a sheet for attendees to sign (出席簿)</source>
            <translation>打印供参加者签名的签到表（出席簿）</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+111" />
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Count</source>
            <translation>人数</translation>
        </message>
        <message>
            <location line="+8" />
            <source>People who came but have no resident record</source>
            <translation>来参加但没有居民记录的人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add row</source>
            <translation>添加行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove row</source>
            <translation>删除行</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reading</source>
            <translation>读音</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attendance sheet</source>
            <translation>签到表</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="-97" />
            <source>Unregistered attendees</source>
            <translation>未登记的参加者</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+4" />
            <source>Total attendance</source>
            <translation>参加总人数</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1 (%2 registered, %3 unregistered)</source>
            <translation>%1（已登记 %2 人，未登记 %3 人）</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+21" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venue</source>
            <translation>场地</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online</source>
            <translation>在线</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation>参加人数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>主持人</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+41" />
            <source>Town and data</source>
            <translation>市町村与数据</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reports</source>
            <translation>报告</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Town</source>
            <translation>市町村</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+135" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Town name (Japanese)</source>
            <translation>市町村名称（日语）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (English)</source>
            <translation>市町村名称（英语）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schema version</source>
            <translation>架构版本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SQLite</source>
            <translation>SQLite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded as user</source>
            <translation>记录所用用户名</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Code lists</source>
            <translation>代码列表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Devices</source>
            <translation>设备</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>冲突</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add code…</source>
            <translation>添加代码…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List</source>
            <translation>列表</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Japanese</source>
            <translation>日语</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>英语</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In this window</source>
            <translation>当前语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offered</source>
            <translation>可选</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Your preferences</source>
            <translation>个人偏好</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show dates in the Japanese era (令和) in the Japanese window</source>
            <translation>在日语界面中以日本年号（令和）显示日期</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+78" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Security</source>
            <translation>安全</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never</source>
            <translation>从不</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After this many minutes without use the window locks and shows the login screen. 0 = never.</source>
            <translation>无操作超过此分钟数后，窗口会锁定并显示登录界面。0 = 从不。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Auto-lock after</source>
            <translation>自动锁定时间</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these settings, the report settings and the code lists, or export and import all records.</source>
            <translation>只有管理员才能更改这些设置、报告设置和代码列表，或导出和导入全部记录。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these.</source>
            <translation>只有管理员才能更改这些设置。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only an administrator can change the code lists.</source>
            <translation>只有管理员才能更改代码列表。</translation>
        </message>
    </context>
    <context>
        <name>SnsCopy</name>
        <message>
            <location filename="../ui/sns_copy.py" line="+20" />
            <source>Documents to bring:</source>
            <translation>需携带的材料：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisations that help:</source>
            <translation>可提供帮助的机构：</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Copy for SNS</source>
            <translation>复制到社交媒体</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer has no text in %1 yet. Copy it in another language?</source>
            <translation>此回答还没有%1文本。要用其他语言复制吗？</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../ui/startup.py" line="+41" />
            <source>The database was damaged and has been moved aside to %1. No verified backup was found; please call your IT staff.</source>
            <translation>数据库已损坏，已移至 %1。未找到经过校验的备份；请联系 IT 负责人员。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database was damaged and has been moved aside to %1. Restore the newest verified backup, %2?</source>
            <translation>数据库已损坏，已移至 %1。要恢复最新的经过校验的备份 %2 吗？</translation>
        </message>
        <message>
            <location line="+216" />
            <source>The check found damage in the database file. Stop entering records and quit Madoguchi: at the next start the damaged file is moved aside and the newest verified backup is offered.</source>
            <translation>检查发现数据库文件已损坏。请停止录入记录并退出 Madoguchi：下次启动时，损坏的文件会被移到一旁，并提供经过校验的最新备份。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Database checked; today's backup was taken (%1).</source>
            <translation>数据库已检查；今天的备份已完成（%1）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database checked.</source>
            <translation>数据库已检查。</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../ui/labels.py" line="-85" />
            <source>Open</source>
            <translation>未结案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>已转介</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location filename="../ui/forms/suggestions.py" line="+43" />
            <source>Tick the entries you answered with</source>
            <translation>勾选用于回答的条目</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy for SNS</source>
            <translation>复制用于 SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the chosen answer in the consultation's language, for Messenger, Zalo or LINE</source>
            <translation>以咨询所用语言复制所选回答，用于 Messenger、Zalo 或 LINE</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Tick the answers you used.</source>
            <translation>勾选已使用的回答。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a topic or write what was asked to see suggested answers.</source>
            <translation>选择主题或填写咨询内容，即可查看建议回答。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../ui/sync_jobs.py" line="+36" />
            <source>Syncing with the other devices…</source>
            <translation>正在与其他设备同步…</translation>
        </message>
        <message>
            <location filename="../ui/pages/devices.py" line="-185" />
            <source>Synced: %1 added, %2 updated, %3 deleted, %4 new conflicts.</source>
            <translation>已同步：新增 %1，更新 %2，删除 %3，新冲突 %4。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packets refused: %1.</source>
            <translation>被拒收的数据包：%1。</translation>
        </message>
    </context>
    <context>
        <name>TableImport</name>
        <message>
            <location filename="../app/tableimport/messages.py" line="+41" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading (katakana)</source>
            <translation>读音（片假名）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>主题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>咨询内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was done</source>
            <translation>处理内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes (kept with what was done)</source>
            <translation>备注（与处理内容一起保存）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>口译</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled mark</source>
            <translation>取消标记</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>End of the period of stay</source>
            <translation>在留期限届满日</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Residence status</source>
            <translation>在留资格</translation>
        </message>
        <message>
            <location line="+2" />
            <source>District</source>
            <translation>地区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topic</source>
            <translation>主题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(leave out)</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <location filename="../ui/table_import_rows.py" line="-43" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>有问题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>需核对</translation>
        </message>
        <message>
            <location line="+67" />
            <source>new %1: %2</source>
            <translation>新增 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>TableImportWizard</name>
        <message>
            <location filename="../ui/table_import.py" line="-124" />
            <location line="+19" />
            <source>Import from Excel/CSV</source>
            <translation>从 Excel/CSV 导入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spreadsheets (*.xlsx *.xls *.csv *.txt)</source>
            <translation>电子表格 (*.xlsx *.xls *.csv *.txt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Load mapping profile</source>
            <translation>加载映射配置</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Making the preview…</source>
            <translation>正在生成预览…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Updating residents…</source>
            <translation>正在更新居民…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save the import report</source>
            <translation>保存导入报告</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <location filename="../ui/widgets.py" line="+27" />
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../ui/pages/today.py" line="+48" />
            <source>Today, %1</source>
            <translation>今日，%1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Residence cards: period of stay ends within %1 days (%2)</source>
            <translation>在留卡：%1天内在留期限届满（%2）</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Follow-ups overdue (%1)</source>
            <translation>逾期未跟进（%1）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-ups due today (%1)</source>
            <translation>今日需跟进（%1）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open consultations (%1)</source>
            <translation>未结案咨询（%1）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— the newest %1 shown</source>
            <translation>— 仅显示最新的 %1 条</translation>
        </message>
    </context>
    <context>
        <name>TownNotesPage</name>
        <message>
            <location filename="../ui/pages/town_notes.py" line="+36" />
            <source>Town notes</source>
            <translation>本地备忘</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What the next person at this desk should know: who to call, how things are done in this town, what to watch out for. The notes go into the handover pack.</source>
            <translation>下一任窗口负责人需要了解的事项：该联系谁、本地的办事方式、需要注意什么。这些备忘会收入交接资料包。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>For example: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</source>
            <translation>例如：税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save notes</source>
            <translation>保存备忘</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Handover pack</source>
            <translation>交接资料包</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A folder for whoever takes over this desk: a handover document with these notes, the open consultations, the regular duties, the directory and the published knowledge base, plus the directory as spreadsheets. Residents appear by case number and initials only, unless personal data is included.</source>
            <translation>为接任此窗口的人准备的文件夹：包含这些备忘、未结案咨询、日常工作、名录和已发布知识库的交接文档，以及名录的电子表格。除非包含个人数据，否则居民仅以案件编号和姓名首字母显示。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Include personal data (residents' full names)</source>
            <translation>包含个人数据（居民全名）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Without it, open cases show initials and the case number.</source>
            <translation>不包含时，未结案件显示姓名首字母和案件编号。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can include personal data.</source>
            <translation>只有管理员才能包含个人数据。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make handover pack…</source>
            <translation>生成交接资料包…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Make the handover pack in</source>
            <translation>将交接资料包生成到</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Making the handover pack…</source>
            <translation>正在生成交接资料包…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved:</source>
            <translation>已保存：</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../ui/pages/users.py" line="+89" />
            <source>Each person logs in with their own name. Disabling a user removes their key: they can no longer open the database, and their past records keep their name.</source>
            <translation>每个人使用自己的用户名登录。停用用户会删除其密钥：该用户将无法再打开数据库，其以往记录仍保留其姓名。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add user…</source>
            <translation>添加用户…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disable…</source>
            <translation>停用…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set password…</source>
            <translation>设置密码…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked (too many failed logins)</source>
            <translation>已锁定（登录失败次数过多）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>有效</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Disable user</source>
            <translation>停用用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disable %1? They will no longer be able to log in. This cannot be undone; add them again under a new name if needed.</source>
            <translation>要停用 %1 吗？该用户将无法再登录。此操作无法撤销；如有需要，请以新用户名重新添加。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Added %1.</source>
            <translation>已添加 %1。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The password of %1 is changed.</source>
            <translation>%1 的密码已更改。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is disabled.</source>
            <translation>%1 已停用。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 can log in again.</source>
            <translation>%1 可以重新登录了。</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-173" />
            <source>Codes for the file's words</source>
            <translation>文件中词语对应的代码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a code for each word that is not a code's own name, and the values for what the file has no column for. A word left without a code stops its rows.</source>
            <translation>请为每个与代码名称不一致的词语选择代码，并为文件中没有对应列的项目设置值。没有代码的词语会使其所在行无法导入。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>List</source>
            <translation>列表</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text in the file</source>
            <translation>文件中的文字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 where the file has none:</source>
            <translation>文件中没有%1时：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(no code: the row stops)</source>
            <translation>（无代码：该行无法导入）</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Every word of the file has a code.</source>
            <translation>文件中的每个词语都有代码。</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../app/accounts.py" line="+45" />
            <location filename="../app/keyslots.py" line="+45" />
            <source>The user name or password is not right.</source>
            <translation>用户名或密码不正确。</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 already exists; a new database is only made in a new place.</source>
            <translation>%1 已存在；只能在新位置创建新数据库。</translation>
        </message>
        <message>
            <location line="+63" />
            <source>This account is locked after too many failed logins; an administrator can unlock it.</source>
            <translation>登录失败次数过多，此账户已被锁定；管理员可以为其解锁。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Too many failed logins: try again in %1 seconds.</source>
            <translation>登录失败次数过多：请在 %1 秒后重试。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This login is refused: the list of users was changed outside Madoguchi, so your role cannot be trusted. An administrator can see it in the audit trail.</source>
            <translation>此次登录被拒绝：用户列表在 Madoguchi 之外被更改，因此无法信任您的角色。管理员可以在审计记录中查看。</translation>
        </message>
        <message>
            <location line="+143" />
            <source>That recovery code does not open this database.</source>
            <translation>该恢复码无法打开此数据库。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This database is not encrypted, so it has no accounts.</source>
            <translation>此数据库未加密，因此没有用户账户。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only an administrator can manage users.</source>
            <translation>只有管理员才能管理用户。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Log out and log in again as an administrator first: this session cannot sign a change of the users list.</source>
            <translation>请先退出登录，再以管理员身份重新登录：此会话无法签署对用户列表的更改。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That user cannot log in.</source>
            <translation>该用户无法登录。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>You cannot disable your own account.</source>
            <translation>不能停用自己的账户。</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>There is no such user.</source>
            <translation>没有此用户。</translation>
        </message>
        <message>
            <location line="-51" />
            <source>The last administrator cannot be disabled.</source>
            <translation>不能停用最后一位管理员。</translation>
        </message>
        <message>
            <location filename="../app/audit.py" line="+100" />
            <source>An audit row is written only inside a write transaction.</source>
            <translation>审计记录只能在写入事务中写入。</translation>
        </message>
        <message>
            <location line="+199" />
            <source>Only an administrator can read the audit trail.</source>
            <translation>只有管理员才能查看审计记录。</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../app/reports/build.py" line="+54" />
            <source>%1 is not a date; write it as YYYY-MM-DD.</source>
            <translation>%1 不是日期；请按 YYYY-MM-DD 格式填写。</translation>
        </message>
        <message>
            <location filename="../app/backup.py" line="+40" />
            <location filename="../app/cli.py" line="+236" />
            <location filename="../app/db.py" line="+97" />
            <source>There is no database at %1.</source>
            <translation>%1 处没有数据库。</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The backup folder %1 is not there (is the drive plugged in?).</source>
            <translation>备份文件夹 %1 不存在（驱动器是否已连接？）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot write to the backup folder %1.</source>
            <translation>Madoguchi 无法写入备份文件夹 %1。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the backup folder as a full path, not %1.</source>
            <translation>请以完整路径指定备份文件夹，而不是 %1。</translation>
        </message>
        <message>
            <location line="+61" />
            <source>This database has no file, so it cannot be backed up.</source>
            <translation>此数据库没有对应的文件，因此无法备份。</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../app/integrity.py" line="+246" />
            <source>The backup could not be made in %1 (%2).</source>
            <translation>无法在 %1 中创建备份（%2）。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no backup file at %1.</source>
            <translation>%1 处没有备份文件。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not encrypted, so it is not a Madoguchi backup.</source>
            <translation>%1 未加密，因此不是 Madoguchi 备份。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 does not open with this database's key: it is damaged, or it belongs to another database.</source>
            <translation>备份 %1 无法用此数据库的密钥打开：备份已损坏，或属于其他数据库。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The backup %1 is damaged (%2).</source>
            <translation>备份 %1 已损坏（%2）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 is damaged (integrity_check: %2).</source>
            <translation>备份 %1 已损坏（integrity_check：%2）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a Madoguchi backup.</source>
            <translation>%1 不是 Madoguchi 备份。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup %1 was made by a newer Madoguchi.</source>
            <translation>备份 %1 由更新版本的 Madoguchi 创建。</translation>
        </message>
        <message>
            <location line="+198" />
            <source>A database cannot be restored from itself.</source>
            <translation>数据库不能从自身恢复。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup could not be restored (%1); the current file was not replaced.</source>
            <translation>无法恢复备份（%1）；当前文件未被替换。</translation>
        </message>
        <message>
            <location line="+71" />
            <source>The damaged database could not be moved aside (%1); it was not deleted.</source>
            <translation>无法将损坏的数据库移至别处（%1）；该数据库未被删除。</translation>
        </message>
        <message>
            <location filename="../app/backup_cli.py" line="+42" />
            <source>Only an administrator can change the backup folder.</source>
            <translation>只有管理员才能更改备份文件夹。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only an administrator can restore a backup.</source>
            <translation>只有管理员才能恢复备份。</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../app/services.py" line="+128" />
            <source>This database has no file.</source>
            <translation>此数据库没有对应的文件。</translation>
        </message>
        <message>
            <location filename="../app/check.py" line="+56" />
            <source>%1 is damaged or is not a Madoguchi database (%2).</source>
            <translation>%1 已损坏或不是 Madoguchi 数据库（%2）。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-207" />
            <source>The window is not part of this installation.</source>
            <translation>此安装不包含图形窗口。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is empty (0 bytes) and was kept as it is; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 为空（0 字节），已保持原样；可以打开的最新备份是 %2（madoguchi restore --from %2）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is empty (0 bytes) and was kept as it is; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 为空（0 字节），已保持原样；未找到可以打开的备份，请联系 IT 负责人员。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 已损坏，未做任何更改；可以打开的最新备份是 %2（madoguchi restore --from %2）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is open in a Madoguchi window, and this command changes records: close the window (or quit Madoguchi) first, then run the command again. Nothing was changed.</source>
            <translation>%1 正在 Madoguchi 窗口中打开，而此命令会更改记录：请先关闭窗口（或退出 Madoguchi），然后再运行此命令。未做任何更改。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 已损坏，未做任何更改；未找到可以打开的备份，请联系 IT 负责人员。</translation>
        </message>
        <message>
            <location line="+146" />
            <source>No password: set %1, or run the command in a terminal to be asked for it.</source>
            <translation>未提供密码：请设置 %1，或在终端中运行该命令以输入密码。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The two passwords are not the same; nothing was made.</source>
            <translation>两次输入的密码不一致；未创建任何内容。</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 未加密；Madoguchi 只在加密数据库中保存记录。该文件未被更改。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>数据库旁缺少密钥文件 %1，因此无法打开。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This database is encrypted: give --user NAME (the password comes from %1 or a prompt).</source>
            <translation>此数据库已加密：请指定 --user NAME（密码来自 %1 或提示输入）。</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A demo town has 1 to 100,000 residents and 1 to 50 years.</source>
            <translation>演示市町村的居民人数为 1 至 100,000 名，年数为 1 至 50 年。</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="+25" />
            <source>That consultation no longer exists.</source>
            <translation>该咨询已不存在。</translation>
        </message>
        <message>
            <location line="+66" />
            <source>That accompaniment no longer exists.</source>
            <translation>该陪同已不存在。</translation>
        </message>
        <message>
            <location filename="../app/db.py" line="+3" />
            <location filename="../app/demo.py" line="+100" />
            <location filename="../app/devices.py" line="+21" />
            <location filename="../app/exchange.py" line="+84" />
            <location filename="../app/files.py" line="+115" />
            <location filename="../app/handover.py" line="+497" />
            <location filename="../app/kbpack.py" line="+131" />
            <location filename="../app/reports/build.py" line="+24" />
            <location filename="../app/rollup/report.py" line="+36" />
            <source>The folder %1 does not exist.</source>
            <translation>文件夹 %1 不存在。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-92" />
            <location filename="../app/db.py" line="+3" />
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <location filename="../app/db.py" line="+3" />
            <source>%1 is not encrypted, so it cannot be opened as an encrypted database; it was not changed.</source>
            <translation>%1 未加密，因此无法作为加密数据库打开；该文件未被更改。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The database %1 cannot be opened (%2).</source>
            <translation>无法打开数据库 %1（%2）。</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+41" />
            <source>The database key has the wrong length.</source>
            <translation>数据库密钥长度不正确。</translation>
        </message>
        <message>
            <location line="-27" />
            <source>The database %1 cannot use write-ahead logging.</source>
            <translation>数据库 %1 无法使用预写日志（WAL）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is encrypted or is not a Madoguchi database: log in to open it. It was not changed.</source>
            <translation>%1 已加密或不是 Madoguchi 数据库：请登录后打开。该文件未被更改。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 could not be decrypted: the file is damaged, or its key file belongs to another database. It was not changed.</source>
            <translation>无法解密 %1：文件已损坏，或其密钥文件属于其他数据库。该文件未被更改。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged or is not a Madoguchi database; it was not changed.</source>
            <translation>%1 已损坏或不是 Madoguchi 数据库；该文件未被更改。</translation>
        </message>
        <message>
            <location line="+57" />
            <source>The backup %1 did not verify (%2).</source>
            <translation>备份 %1 未通过校验（%2）。</translation>
        </message>
        <message>
            <location filename="../app/demo.py" line="-10" />
            <source>A demo town needs at least one resident and one year.</source>
            <translation>演示市町村至少需要一名居民和一个年度。</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <location line="+29" />
            <source>%1 already exists; the demo is only written to a new file.</source>
            <translation>%1 已存在；演示数据只会写入新文件。</translation>
        </message>
        <message>
            <location filename="../app/directory.py" line="+36" />
            <source>That organisation no longer exists.</source>
            <translation>该机构已不存在。</translation>
        </message>
        <message>
            <location line="+43" />
            <source>That bridge person no longer exists.</source>
            <translation>该桥梁人才已不存在。</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+60" />
            <source>%1, field '%2': has the wrong type. Nothing was imported.</source>
            <translation>%1，字段“%2”：类型不正确。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': %3 Nothing was imported.</source>
            <translation>%1，字段“%2”：%3 未导入任何内容。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The file is not a Madoguchi export (field 'format'). Nothing was imported.</source>
            <translation>该文件不是 Madoguchi 导出文件（字段“format”）。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>该文件的格式版本为 %1；此版本的 Madoguchi 读取的是版本 %2。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Field 'code_items' must be a list. Nothing was imported.</source>
            <translation>字段“code_items”必须是列表。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, field '%2': needs list, code, label_ja, label_en. Nothing was imported.</source>
            <translation>%1，字段“%2”：需要 list、code、label_ja、label_en。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': sort_order must be a whole number and active true or false. Nothing was imported.</source>
            <translation>%1，字段“%2”：sort_order 必须是整数，active 必须是 true 或 false。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+22" />
            <location filename="../app/kbpack.py" line="+78" />
            <source>Field '%1' must be a list. Nothing was imported.</source>
            <translation>字段“%1”必须是列表。未导入任何内容。</translation>
        </message>
        <message>
            <location line="-9" />
            <source>%1, field '%2': refers to a resident that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1，字段“%2”：引用的居民既不在文件中，也不在数据库中。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': a deleted record that is also in the file or in the database. Nothing was imported.</source>
            <translation>%1，字段“%2”：已删除的记录仍存在于文件或数据库中。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../app/kbpack.py" line="-48" />
            <source>%1, field '%2': is not an object. Nothing was imported.</source>
            <translation>%1，字段“%2”：不是对象。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, field '%2': missing or not a text. Nothing was imported.</source>
            <translation>%1，字段“%2”：缺失或不是文本。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': not a UUID. Nothing was imported.</source>
            <translation>%1，字段“%2”：不是 UUID。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': appears twice in the file. Nothing was imported.</source>
            <translation>%1，字段“%2”：在文件中出现了两次。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': this record is already in the database. Nothing was imported.</source>
            <translation>%1，字段“%2”：此记录已存在于数据库中。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': unknown field. Nothing was imported.</source>
            <translation>%1，字段“%2”：未知字段。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': missing. Nothing was imported.</source>
            <translation>%1，字段“%2”：缺失。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': not a date and time. Nothing was imported.</source>
            <translation>%1，字段“%2”：不是日期和时间。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': longer than a user name can be. Nothing was imported.</source>
            <translation>%1，字段“%2”：超过了用户名允许的最大长度。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': refers to a record that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1，字段“%2”：引用的记录既不在文件中，也不在数据库中。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': each link needs 'related' and 'relation'. Nothing was imported.</source>
            <translation>%1，字段“%2”：每个关联都需要“related”和“relation”。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': a resident cannot be linked to themselves. Nothing was imported.</source>
            <translation>%1，字段“%2”：居民不能与自己关联。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1, field '%2': refers to a resident that is not there. Nothing was imported.</source>
            <translation>%1，字段“%2”：引用的居民不存在。未导入任何内容。</translation>
        </message>
        <message>
            <location line="-263" />
            <source>Some of these records were added to the database while the file was being imported (the same file imported twice at once?). Nothing was imported.</source>
            <translation>导入文件期间，其中部分记录已被添加到数据库中（是否同时导入了同一文件两次？）。未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../app/files.py" line="-86" />
            <source>The disk is full, so %1 was not written; nothing was left half-written. Free some space and try again.</source>
            <translation>磁盘已满，因此未写入 %1；没有留下写了一半的内容。请释放一些空间后重试。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be written (%2); nothing was left half-written.</source>
            <translation>无法写入 %1（%2）；没有留下写了一半的内容。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder: give the name of a file to write.</source>
            <translation>%1 是文件夹：请指定要写入的文件名。</translation>
        </message>
        <message>
            <location line="+121" />
            <source>%1 is a folder, not a Madoguchi export.</source>
            <translation>%1 是文件夹，不是 Madoguchi 导出文件。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi export.</source>
            <translation>%1 不是 Madoguchi 导出文件。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder, not a Madoguchi knowledge pack.</source>
            <translation>%1 是文件夹，不是 Madoguchi 知识库资料包。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi knowledge pack.</source>
            <translation>%1 不是 Madoguchi 知识库资料包。</translation>
        </message>
        <message>
            <location line="+57" />
            <source>%1 names the same field twice in one record, so it is not clear which value counts; nothing was read from it.</source>
            <translation>%1 在同一条记录中两次出现同一字段，无法确定以哪个值为准；未从中读取任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is nested too deeply to be a Madoguchi file (at %2).</source>
            <translation>%1 的嵌套层级过深，不可能是 Madoguchi 文件（位于 %2）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a number too large for any field (at %2).</source>
            <translation>%1 包含一个对任何字段来说都过大的数字（位于 %2）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a control or text-direction character that no record may contain (at %2).</source>
            <translation>%1 包含任何记录都不允许出现的控制字符或文字方向字符（位于 %2）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than 512 MB, too large to be a Madoguchi file.</source>
            <translation>%1 大于 512 MB，作为 Madoguchi 文件过大。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not an ordinary file.</source>
            <translation>%1 不是普通文件。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is a folder, not %2.</source>
            <translation>%1 是文件夹，不是 %2。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not %2.</source>
            <translation>%1 不是 %2。</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../app/sync_cli.py" line="+22" />
            <source>There is no file %1.</source>
            <translation>文件 %1 不存在。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be read as UTF-8 text (%2).</source>
            <translation>%1 无法作为 UTF-8 文本读取（%2）。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not valid JSON (line %2: %3).</source>
            <translation>%1 不是有效的 JSON（第 %2 行：%3）。</translation>
        </message>
        <message>
            <location filename="../app/instance.py" line="+19" />
            <source>This database is already open in another Madoguchi window (perhaps of another user of this computer); close it there first.</source>
            <translation>此数据库已在另一个 Madoguchi 窗口中打开（可能是本机的其他用户）；请先在那里关闭。</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Madoguchi cannot create the lock file %1 beside the database (%2).</source>
            <translation>Madoguchi 无法在数据库旁创建锁文件 %1（%2）。</translation>
        </message>
        <message>
            <location filename="../app/kbpack.py" line="-117" />
            <source>%1, field '%2': appears twice in the pack. Nothing was imported.</source>
            <translation>%1，字段“%2”：在资料包中出现了两次。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Set the town's name (Settings) before exporting a knowledge pack: every entry carries the town it came from.</source>
            <translation>导出知识库资料包前，请先在设置中填写市町村名称：每个条目都会注明其来源市町村。</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 is not a Madoguchi knowledge pack (field 'format').</source>
            <translation>%1 不是 Madoguchi 知识库资料包（字段“format”）。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1, field '%2': is too short to be a UUID. Nothing was imported.</source>
            <translation>%1，字段“%2”：太短，不是有效的 UUID。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This is not a Madoguchi knowledge pack (field 'format'). Nothing was imported.</source>
            <translation>这不是 Madoguchi 知识库资料包（字段“format”）。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The pack has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>该资料包的格式版本为 %1；此版本的 Madoguchi 读取的是版本 %2。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The pack does not say which town it came from (field 'town'). Nothing was imported.</source>
            <translation>该资料包未注明来源市町村（字段“town”）。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': must be a list of codes. Nothing was imported.</source>
            <translation>%1，字段“%2”：必须是代码列表。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1, field '%2': each text needs exactly 'language', 'question' and 'answer', as text. Nothing was imported.</source>
            <translation>%1，字段“%2”：每条文本必须且只能包含“language”“question”和“answer”，且均为文本。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': must be a list of document names. Nothing was imported.</source>
            <translation>%1，字段“%2”：必须是材料名称列表。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1, field '%2': must be a list of organisation UUIDs. Nothing was imported.</source>
            <translation>%1，字段“%2”：必须是机构 UUID 列表。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': refers to an organisation that is neither in the pack nor in the directory. Nothing was imported.</source>
            <translation>%1，字段“%2”：引用的机构既不在资料包中，也不在名录中。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': another entry of the pack has the same topic and Japanese question. Nothing was imported.</source>
            <translation>%1，字段“%2”：资料包中另一个条目的主题和日语问题与此相同。未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../app/keyslots.py" line="-1" />
            <source>The key file %1 is damaged.</source>
            <translation>密钥文件 %1 已损坏。</translation>
        </message>
        <message>
            <location line="+172" />
            <source>The key file %1 is missing beside the database, so the database cannot be opened.</source>
            <translation>数据库旁缺少密钥文件 %1，因此无法打开数据库。</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="+95" />
            <source>That knowledge entry no longer exists.</source>
            <translation>该知识条目已不存在。</translation>
        </message>
        <message>
            <location line="+165" />
            <source>This answer has no text in that language yet; it has %1.</source>
            <translation>此回答还没有该语言的文本；现有：%1。</translation>
        </message>
        <message>
            <location filename="../app/languages.py" line="+31" />
            <source>Unknown language %1; use one of: %2.</source>
            <translation>未知语言 %1；请使用以下之一：%2。</translation>
        </message>
        <message>
            <location filename="../app/migrations.py" line="+48" />
            <source>Unexpected file in the migrations folder: %1.</source>
            <translation>迁移文件夹中有意外的文件：%1。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Migration %1 is missing.</source>
            <translation>缺少迁移 %1。</translation>
        </message>
        <message>
            <location line="+22" />
            <location filename="../app/store.py" line="+279" />
            <source>This database was made by a newer Madoguchi (schema %1; this version knows up to %2). It was not changed: please update Madoguchi.</source>
            <translation>此数据库由更新版本的 Madoguchi 创建（架构 %1；此版本最高支持 %2）。数据库未被更改：请更新 Madoguchi。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Updating the database to schema %1 (%2) failed: %3. The database is unchanged at schema %4.</source>
            <translation>将数据库更新到架构 %1（%2）失败：%3。数据库未被更改，仍为架构 %4。</translation>
        </message>
        <message>
            <location filename="../app/progress.py" line="+16" />
            <source>Cancelled; nothing was changed.</source>
            <translation>已取消；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../app/reports/build.py" line="-45" />
            <source>Unknown format %1; choose from %2.</source>
            <translation>未知格式 %1；请从 %2 中选择。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a month; write it as YYYY-MM.</source>
            <translation>%1 不是月份；请按 YYYY-MM 格式填写。</translation>
        </message>
        <message>
            <location line="+79" />
            <source>The annual report was not written: the disclosure audit found %1 hidden figure(s) that could be narrowed down to less than %2 (first: %3).</source>
            <translation>未写出年度报告：公开审核发现 %1 个隐藏数字可被推算到小于 %2 的范围内（第一个：%3）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a fiscal year Madoguchi can report on.</source>
            <translation>%1 不是 Madoguchi 可以生成报告的年度。</translation>
        </message>
        <message>
            <location filename="../app/reports/fonts.py" line="+94" />
            <source>The font file %1 is missing from %2; reinstall Madoguchi.</source>
            <translation>%2 中缺少字体文件 %1；请重新安装 Madoguchi。</translation>
        </message>
        <message>
            <location filename="../app/reports/mail.py" line="+35" />
            <source>The mail subject uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>邮件主题使用了未知的占位符 {%1}；可用的占位符有：%2。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail body uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>邮件正文使用了未知的占位符 {%1}；可用的占位符有：%2。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail template uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>邮件模板使用了未知的占位符 {%1}；可用的占位符有：%2。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail subject has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>邮件主题中有格式错误的占位符；占位符请写成 {town}，字面大括号请写成 {{ 或 }}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail body has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>邮件正文中有格式错误的占位符；占位符请写成 {town}，字面大括号请写成 {{ 或 }}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail template has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>邮件模板中有格式错误的占位符；占位符请写成 {town}，字面大括号请写成 {{ 或 }}。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sender address is empty.</source>
            <translation>发件人地址为空。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address is empty.</source>
            <translation>收件人地址为空。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sender address %1 is not valid.</source>
            <translation>发件人地址 %1 无效。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address %1 is not valid.</source>
            <translation>收件人地址 %1 无效。</translation>
        </message>
        <message>
            <location line="+79" />
            <source>%1 is a monthly report, for use inside the town hall only; it is never attached to the mail to the prefecture.</source>
            <translation>%1 是月报，仅供役场内部使用；绝不会附在发给都道府县的邮件中。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: files are attached as they are, never zipped.</source>
            <translation>%1：文件按原样作为附件发送，不会压缩为 zip。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The attachment %1 could not be read.</source>
            <translation>无法读取附件 %1。</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The password could not be read from the system keyring.</source>
            <translation>无法从系统密钥环读取密码。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the SMTP user name before saving a password.</source>
            <translation>保存密码前，请先输入 SMTP 用户名。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No secure keyring is available on this computer, so the password cannot be saved; it will be asked for each time.</source>
            <translation>本机没有可用的安全密钥环，因此无法保存密码；每次都会询问密码。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The password could not be saved in the system keyring.</source>
            <translation>无法将密码保存到系统密钥环。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password could not be removed from the system keyring.</source>
            <translation>无法从系统密钥环删除密码。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No password was given and no secure keyring is available on this computer; enter the SMTP password to send.</source>
            <translation>未提供密码，且本机没有可用的安全密钥环；请输入 SMTP 密码以发送。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No password was given and none is saved in the keyring for %1; enter the SMTP password to send.</source>
            <translation>未提供密码，且密钥环中没有为 %1 保存的密码；请输入 SMTP 密码以发送。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No mail server (SMTP host) is set.</source>
            <translation>未设置邮件服务器（SMTP 主机）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The password would travel unencrypted; turn on STARTTLS.</source>
            <translation>密码将以未加密方式传输；请启用 STARTTLS。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SMTP login cannot send a user name or password with non-ASCII characters (e.g. full-width letters); check what was typed.</source>
            <translation>SMTP 登录无法发送包含非 ASCII 字符（例如全角字母）的用户名或密码；请检查输入内容。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The mail server %1 did not accept the user name or password.</source>
            <translation>邮件服务器 %1 未接受该用户名或密码。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not offer STARTTLS encryption; nothing was sent.</source>
            <translation>邮件服务器 %1 不支持 STARTTLS 加密；未发送任何内容。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not accept a login (SMTP AUTH).</source>
            <translation>邮件服务器 %1 不接受登录（SMTP AUTH）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 cannot take this message.</source>
            <translation>邮件服务器 %1 无法接收此邮件。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 refused the recipient address %2.</source>
            <translation>邮件服务器 %1 拒绝了收件人地址 %2。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the sender address %2.</source>
            <translation>邮件服务器 %1 拒绝了发件人地址 %2。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The certificate of %1 could not be verified; nothing was sent.</source>
            <translation>无法验证 %1 的证书；未发送任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The encrypted connection (TLS) to %1 failed; nothing was sent.</source>
            <translation>与 %1 的加密连接（TLS）失败；未发送任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 closed the connection unexpectedly.</source>
            <translation>邮件服务器 %1 意外关闭了连接。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 offers no login method Madoguchi can use.</source>
            <translation>邮件服务器 %1 未提供 Madoguchi 可用的登录方式。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 answered with error %2; nothing was sent.</source>
            <translation>邮件服务器 %1 返回错误 %2；未发送任何内容。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the connection; check the server name and port.</source>
            <translation>邮件服务器 %1 拒绝了连接；请检查服务器名称和端口。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server name %1 could not be found.</source>
            <translation>找不到邮件服务器名称 %1。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 did not answer within %2 seconds.</source>
            <translation>邮件服务器 %1 在 %2 秒内未响应。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sending through the mail server %1 failed.</source>
            <translation>通过邮件服务器 %1 发送失败。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Could not connect to the mail server %1.</source>
            <translation>无法连接到邮件服务器 %1。</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="+56" />
            <source>That resident no longer exists.</source>
            <translation>该居民已不存在。</translation>
        </message>
        <message>
            <location line="+50" />
            <source>This resident has %1 linked records; delete or reassign them first.</source>
            <translation>此居民有 %1 条关联记录；请先删除这些记录或将其改为关联其他居民。</translation>
        </message>
        <message>
            <location filename="../app/retention.py" line="+94" />
            <source>The retention period must be at least one year.</source>
            <translation>保留期限至少为一年。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The retention period can be at most %1 years.</source>
            <translation>保留期限最长为 %1 年。</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Only an administrator can purge residents' records.</source>
            <translation>只有管理员才能清除居民记录。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Some of those residents no longer exist; nothing was changed.</source>
            <translation>其中部分居民已不存在；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../app/rows.py" line="+26" />
            <source>The resident no longer exists; it may have been deleted.</source>
            <translation>该居民已不存在；可能已被删除。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The consultation no longer exists; it may have been deleted.</source>
            <translation>该咨询已不存在；可能已被删除。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The accompaniment no longer exists; it may have been deleted.</source>
            <translation>该陪同已不存在；可能已被删除。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The session no longer exists; it may have been deleted.</source>
            <translation>该活动已不存在；可能已被删除。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The organisation no longer exists; it may have been deleted.</source>
            <translation>该机构已不存在；可能已被删除。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The bridge person no longer exists; it may have been deleted.</source>
            <translation>该桥梁人才已不存在；可能已被删除。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The knowledge entry no longer exists; it may have been deleted.</source>
            <translation>该知识条目已不存在；可能已被删除。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The %1 no longer exists; it may have been deleted.</source>
            <translation>该记录（%1）已不存在；可能已被删除。</translation>
        </message>
        <message>
            <location filename="../app/sessions.py" line="+24" />
            <source>That session no longer exists.</source>
            <translation>该活动已不存在。</translation>
        </message>
        <message>
            <location filename="../app/storage.py" line="+27" />
            <source>The database is on a network drive, where SQLite is not safe and the file can be damaged, so please keep it on this computer's own disk.</source>
            <translation>数据库位于网络驱动器上，SQLite 在此不安全，文件可能会损坏，因此请将其保存在本机自带的磁盘上。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by %1, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>数据库位于由 %1 同步的文件夹中，SQLite 在此不安全，文件可能会损坏，因此请将其移至不同步的文件夹。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by a cloud storage service, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>数据库位于由云存储服务同步的文件夹中，SQLite 在此不安全，文件可能会损坏，因此请将其移至不同步的文件夹。</translation>
        </message>
        <message>
            <location filename="../app/store.py" line="-256" />
            <source>The disk is full: this record was not saved. Free some space and save again.</source>
            <translation>磁盘已满：此记录未保存。请释放一些空间后重新保存。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The disk could not be written: this record was not saved. Check the drive and save again.</source>
            <translation>无法写入磁盘：此记录未保存。请检查驱动器后重新保存。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the settings.</source>
            <translation>只有管理员才能更改设置。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the code lists.</source>
            <translation>只有管理员才能更改代码列表。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the report settings.</source>
            <translation>只有管理员才能更改报告设置。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can export every record.</source>
            <translation>只有管理员才能导出全部记录。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import records.</source>
            <translation>只有管理员才能导入记录。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import a knowledge pack.</source>
            <translation>只有管理员才能导入知识库资料包。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can put residents' names in a handover pack.</source>
            <translation>只有管理员才能在交接资料包中包含居民姓名。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The database is busy: another Madoguchi (perhaps a command-line import) is writing to it. Nothing was saved yet; try again in a moment.</source>
            <translation>数据库正忙：另一个 Madoguchi（可能是命令行导入）正在写入。尚未保存任何内容；请稍后重试。</translation>
        </message>
        <message>
            <location line="+91" />
            <source>This database was closed (after a change of user or a restore).</source>
            <translation>此数据库已关闭（因切换用户或恢复备份）。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Only an administrator can %1.</source>
            <translation>只有管理员才能执行此操作：%1。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is on read-only media (or in a folder that cannot be written): it can be read and reported on, but nothing can be changed in it.</source>
            <translation>%1 位于只读介质上（或位于无法写入的文件夹中）：可以读取并生成报告，但无法对其做任何更改。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is on read-only media and was made by an older Madoguchi, so it cannot be updated to be read; copy it to this computer's disk first.</source>
            <translation>%1 位于只读介质上，且由旧版 Madoguchi 创建，因此无法更新以供读取；请先将其复制到本机磁盘。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is empty (0 bytes), so it holds no records; it was kept as it is. Restore the newest backup instead.</source>
            <translation>%1 为空（0 字节），不包含任何记录；已保持原样。请改为恢复最新的备份。</translation>
        </message>
        <message>
            <location filename="../app/tableimport/cells.py" line="+21" />
            <source>'%1' is not a date.</source>
            <translation>“%1”不是日期。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is a date that does not exist.</source>
            <translation>“%1”是不存在的日期。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date is empty.</source>
            <translation>日期为空。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' has no year, and the sheet's title names no 年度: set the fiscal year in the mapping.</source>
            <translation>“%1”没有年份，工作表标题中也没有“年度”：请在映射设置中指定年度。</translation>
        </message>
        <message>
            <location filename="../app/tableimport/command.py" line="+64" />
            <source>Give --user NAME: the new town's first administrator.</source>
            <translation>请指定 --user NAME：新市町村的第一位管理员。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 is a mapping for a resident roster; add --roster.</source>
            <translation>%1 是用于居民名册的映射配置；请添加 --roster。</translation>
        </message>
        <message>
            <location filename="../app/tableimport/errors.py" line="+18" />
            <source>%1 is not an Excel workbook (.xlsx, .xls) or a CSV file. Nothing was imported.</source>
            <translation>%1 不是 Excel 工作簿（.xlsx、.xls）或 CSV 文件。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is protected with a password: open it in Excel, remove the password, save it and try again. Nothing was imported.</source>
            <translation>%1 受密码保护：请在 Excel 中打开它，删除密码并保存后重试。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than %2 MB, the most a table import reads. Nothing was imported.</source>
            <translation>%1 超过 %2 MB，这是表格导入可读取的上限。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 unpacks to more than %2 MB, more than a table import reads. Nothing was imported.</source>
            <translation>%1 解压后超过 %2 MB，超出表格导入可读取的上限。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 rows, the most a table import reads. Nothing was imported.</source>
            <translation>工作表“%1”超过 %2 行，这是表格导入可读取的上限。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 columns, the most a table import reads. Nothing was imported.</source>
            <translation>工作表“%1”超过 %2 列，这是表格导入可读取的上限。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1', row %2 has a cell of %3 characters or more, as long as Excel itself allows. Nothing was imported.</source>
            <translation>工作表“%1”第 %2 行有一个单元格达到 %3 个字符或以上，已达 Excel 本身允许的最大长度。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be read as a spreadsheet; it may be damaged. Nothing was imported.</source>
            <translation>无法将 %1 作为电子表格读取；文件可能已损坏。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file at %1.</source>
            <translation>%1 处没有文件。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file has no sheet named '%1'. Nothing was imported.</source>
            <translation>文件中没有名为“%1”的工作表。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This file was already imported on %1 by %2; importing it again would add its records twice. Nothing was imported.</source>
            <translation>此文件已于 %1 由 %2 导入；再次导入会使其记录重复。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 rows have problems (see the preview or the report); correct the file or the mapping, or choose to skip those rows. Nothing was imported.</source>
            <translation>有 %1 行存在问题（请查看预览或报告）；请修改文件或映射设置，或选择跳过这些行。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No row of the file can be imported. Nothing was imported.</source>
            <translation>文件中没有可导入的行。未导入任何内容。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a Madoguchi mapping profile (%2). Nothing was imported.</source>
            <translation>%1 不是 Madoguchi 映射配置（%2）。未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../app/tableimport/messages.py" line="-53" />
            <source>Blank row.</source>
            <translation>空行。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Above the header row (a title or a note).</source>
            <translation>位于标题行上方（标题或备注）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The header row.</source>
            <translation>标题行。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A total row (合計).</source>
            <translation>合计行（合計）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Struck through: a cancelled entry.</source>
            <translation>有删除线：已取消的条目。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marked as cancelled (取消).</source>
            <translation>带有“取消”标记。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A summary sheet with formulas.</source>
            <translation>含公式的汇总工作表。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No header row with known column names.</source>
            <translation>没有包含已知列名的标题行。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A hidden sheet (choose it to import it).</source>
            <translation>隐藏的工作表（如需导入请选择）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sheet was not chosen.</source>
            <translation>未选择此工作表。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped for its problems, as the mapping asks: %1</source>
            <translation>按映射设置，因存在问题而跳过：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 '%2' has no code: choose one in the mapping.</source>
            <translation>%1“%2”没有代码：请在映射设置中选择。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No value for “%1”: map a column to it or set a default in the mapping.</source>
            <translation>“%1”没有值：请在对应设置中为其指定一列，或设置默认值。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No topic.</source>
            <translation>没有主题。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a time of day.</source>
            <translation>“%1”不是时刻。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a number of minutes.</source>
            <translation>“%1”不是分钟数。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name matches %1 residents; tell them apart in Madoguchi first.</source>
            <translation>该姓名与 %1 名居民相符；请先在 Madoguchi 中加以区分。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field '%1': %2</source>
            <translation>字段“%1”：%2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New resident.</source>
            <translation>新居民。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matched an existing resident.</source>
            <translation>与已有居民匹配。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous.</source>
            <translation>匿名。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not on the roster any more (moved out?): not changed, check by hand.</source>
            <translation>已不在名册上（可能已迁出？）：未作更改，请人工核对。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: %1 updated.</source>
            <translation>已匹配：更新 %1。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same name is already on the roster (sheet '%1', row %2).</source>
            <translation>名册中已有相同姓名（工作表“%1”，第 %2 行）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: nothing to change.</source>
            <translation>已匹配：无需更改。</translation>
        </message>
        <message>
            <location filename="../app/tableimport/roster.py" line="+54" />
            <source>%1 is a mapping for a consultation log, not for a roster.</source>
            <translation>%1 是用于咨询记录的映射配置，不适用于名册。</translation>
        </message>
        <message>
            <location filename="../app/roles.py" line="+41" />
            <source>Madoguchi found changes made outside it: %1. The audit trail records them.</source>
            <translation>Madoguchi 发现了在其之外进行的更改：%1。审计记录已记录这些更改。</translation>
        </message>
        <message>
            <location filename="../app/reports/annual.py" line="+33" />
            <source>The annual report was not made: the hidden figure %1 cannot be protected together with the reports of this year issued before. Nothing was written.</source>
            <translation>未生成年度报告：隐藏的数字 %1 无法与本年度已发布的报告一起得到保护。未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../app/kind_records.py" line="+52" />
            <source>That record no longer exists.</source>
            <translation>该记录已不存在。</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="+74" />
            <source>%1 is not a category mapping (a JSON object with id, name and categories).</source>
            <translation>%1 不是分类对应表（需要含 id、name 和 categories 的 JSON 对象）。</translation>
        </message>
        <message>
            <location filename="../app/reports/categories_cli.py" line="+23" />
            <source>%1 is not a category of %2; the categories are: %3.</source>
            <translation>%1 不是 %2 的分类；分类有：%3。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 could not be read as JSON.</source>
            <translation>无法将 %1 作为 JSON 读取。</translation>
        </message>
        <message>
            <location filename="../app/reports/datafile.py" line="+50" />
            <source>The annual data file needs the town's municipality code (全国地方公共団体コード): enter it in Settings → Reports.</source>
            <translation>年度数据文件需要市町村的地方公共团体代码（全国地方公共団体コード）：请在“设置 → 报告”中输入。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The annual data file needs the town's name: enter it in Settings.</source>
            <translation>年度数据文件需要市町村名称：请在“设置”中输入。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is too large to be an annual data file.</source>
            <translation>%1 太大，不可能是年度数据文件。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 could not be read.</source>
            <translation>无法读取 %1。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi annual data file.</source>
            <translation>%1 不是 Madoguchi 的年度数据文件。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was made by a newer Madoguchi (data format %2; this version reads up to %3): please update Madoguchi to read it.</source>
            <translation>%1 由较新的 Madoguchi 创建（数据格式 %2；本版本最多读取 %3）：请更新 Madoguchi 后再读取。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, newer than this Madoguchi knows (%3): please update Madoguchi to read it.</source>
            <translation>%1 使用版本 %2 的代码表，比本 Madoguchi 所知的（%3）更新：请更新 Madoguchi 后再读取。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 does not follow the annual data format at %2 (%3); was it edited by hand?</source>
            <translation>%1 在 %2 处不符合年度数据格式（%3）；是否被手动编辑过？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 does not add up: %2; was it edited by hand?</source>
            <translation>%1 的合计不一致：%2；是否被手动编辑过？</translation>
        </message>
        <message>
            <location line="+138" />
            <source>the municipality code's check digit</source>
            <translation>地方团体代码的校验位</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the cut-off date</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the cut-off date lies outside the fiscal year</source>
            <translation>截止日期不在该年度内</translation>
        </message>
        <message>
            <location line="+2" />
            <source>provisional, by the cut-off date</source>
            <translation>按截止日期判断是否为暂定值</translation>
        </message>
        <message>
            <location line="+3" />
            <source>exact or suppressed counts</source>
            <translation>精确数还是隐匿后的数</translation>
        </message>
        <message>
            <location line="+3" />
            <source>an x among exact counts</source>
            <translation>精确数中出现了 x</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 and the total of %2</source>
            <translation>%1 与 %2 的合计</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the months of %1</source>
            <translation>%1 的各月数</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a month of %1 outside the fiscal year</source>
            <translation>%1 有一个月份不在该年度内</translation>
        </message>
        <message>
            <location filename="../app/reports/send.py" line="+23" />
            <source>Set the prefecture's address and the mail server in Settings first.</source>
            <translation>请先在“设置”中设定都道府县的地址和邮件服务器。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file to attach at %1.</source>
            <translation>%1 处没有可附加的文件。</translation>
        </message>
        <message>
            <location filename="../app/rollup/inputs.py" line="+19" />
            <source>Give at least one annual data file to roll up.</source>
            <translation>请至少提供一个要汇总的年度数据文件。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is for %2, not %3 like %4; a roll-up covers one fiscal year. Nothing was written.</source>
            <translation>%1 属于 %2，而不是与 %4 相同的 %3；一次汇总只涵盖一个年度。未写入任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 and %2 are both from %3 (municipality code %4); give one file per town. Nothing was written.</source>
            <translation>%1 和 %2 都来自 %3（地方公共团体代码 %4）；每个市町村只能提供一个文件。未写入任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is provisional (records up to %2); roll up final files only, or ask for a provisional roll-up. Nothing was written.</source>
            <translation>%1 是暂定版（记录至 %2）；请只汇总确定版文件，或选择暂定汇总。未写入任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, which this Madoguchi cannot map to its own; nothing was written.</source>
            <translation>%1 使用版本 %2 的代码表，本 Madoguchi 无法将其对应到自己的代码表；未写入任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is given twice. Nothing was written.</source>
            <translation>%1 被指定了两次。未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../app/rollup/report.py" line="-6" />
            <source>The roll-up was not written: the hidden figure %1 cannot be protected; nothing was written.</source>
            <translation>未写出汇总：无法保护隐藏的数值 %1；未写入任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The threshold is a whole number from 1 to 100 and the protection width one from 0 to 1000.</source>
            <translation>阈值为 1 到 100 的整数，保护宽度为 0 到 1000 的整数。</translation>
        </message>
        <message>
            <location filename="../app/rollup/tables.py" line="+24" />
            <source>%1 does not add up (a table and its total differ); was it edited by hand? Nothing was written.</source>
            <translation>%1 的合计不一致（某表与其合计不同）；是否被手动编辑过？未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../app/devices.py" line="-2" />
            <source>%1 already exists; choose a new file name for the other device's copy.</source>
            <translation>%1 已存在；请为另一台设备的副本选择新的文件名。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No device %1 is known to this town.</source>
            <translation>本市町村没有设备 %1。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This device cannot revoke itself.</source>
            <translation>本设备不能吊销自己。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can add a device.</source>
            <translation>只有管理员可以添加设备。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can revoke a device.</source>
            <translation>只有管理员可以吊销设备。</translation>
        </message>
        <message>
            <location filename="../app/exchange.py" line="+48" />
            <source>Some of these records were deleted from the database while the file was being imported. Nothing was imported.</source>
            <translation>导入文件期间，其中一些记录已从数据库中删除。未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../app/exchange_apply.py" line="+32" />
            <source>A record refers to another record that is not here; nothing was changed.</source>
            <translation>某条记录引用了此处没有的另一条记录；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../app/sync/conflicts.py" line="+29" />
            <source>That conflict was already resolved.</source>
            <translation>该冲突已解决。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose mine, theirs or a new value for field %1.</source>
            <translation>请为字段 %1 选择本机的、对方的或新的值。</translation>
        </message>
        <message>
            <location filename="../app/sync/engine.py" line="+40" />
            <source>Only an encrypted town can be synced between devices.</source>
            <translation>只有加密的市町村数据才能在设备间同步。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was written by this device; there is nothing to apply.</source>
            <translation>%1 是本设备写出的；没有需要应用的内容。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 comes from a device that was revoked; nothing was changed.</source>
            <translation>%1 来自已吊销的设备；未做任何更改。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made by a newer Madoguchi (schema %2; this device has %3): update Madoguchi on this device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 由较新的 Madoguchi 创建（架构 %2；本设备为 %3）：请先更新本设备上的 Madoguchi。未做任何更改，也没有丢失任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 was made by an older Madoguchi (schema %2; this device has %3): update Madoguchi on the other device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 由较旧的 Madoguchi 创建（架构 %2；本设备为 %3）：请先更新另一台设备上的 Madoguchi。未做任何更改，也没有丢失任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 holds a record this device cannot take (%2); nothing was changed.</source>
            <translation>%1 中有本设备无法接收的记录（%2）；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../app/sync/folder.py" line="+27" />
            <source>The sync folder %1 cannot be reached; nothing was exchanged.</source>
            <translation>无法访问同步文件夹 %1；未进行任何交换。</translation>
        </message>
        <message>
            <location filename="../app/sync/packet.py" line="+28" />
            <source>%1 is not a Madoguchi sync packet.</source>
            <translation>%1 不是 Madoguchi 的同步数据包。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is a sync packet of another town; nothing was changed.</source>
            <translation>%1 是其他市町村的同步数据包；未做任何更改。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made with another key, or was changed after it was written; nothing was changed.</source>
            <translation>%1 使用其他密钥创建，或写出后被修改过；未做任何更改。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is too large for a sync packet; nothing was changed.</source>
            <translation>%1 作为同步数据包太大；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../app/reports/schema_check.py" line="+96" />
            <source>matches none of the allowed forms</source>
            <translation>不符合任何允许的形式</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not of the expected kind (%1)</source>
            <translation>值的类型不对（%1）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be %1</source>
            <translation>应为 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be one of %1</source>
            <translation>应为 %1 之一</translation>
        </message>
        <message>
            <location line="+6" />
            <source>should be at least %1</source>
            <translation>应至少为 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be at most %1</source>
            <translation>应至多为 %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>has more than %1 items</source>
            <translation>项目超过 %1 个</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is too short</source>
            <translation>太短</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is too long</source>
            <translation>太长</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is not in the expected form</source>
            <translation>格式不符合要求</translation>
        </message>
        <message>
            <location line="+6" />
            <source>lacks %1</source>
            <translation>缺少 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>has more than %1 entries</source>
            <translation>条目超过 %1 个</translation>
        </message>
        <message>
            <location line="+11" />
            <source>is not expected here</source>
            <translation>此处不应出现</translation>
        </message>
    </context>
    <context>
        <name>run_window</name>
        <message>
            <location filename="../ui/main.py" line="+53" />
            <source>The database %1 is missing, but its key file is there. Restore the database from a backup; no new database was made.</source>
            <translation>数据库 %1 不存在，但其密钥文件仍在。请从备份恢复数据库；未创建新数据库。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not a database file.</source>
            <translation>%1 不是数据库文件。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 未加密；Madoguchi 只在加密数据库中保存记录。该文件未被更改。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>数据库旁缺少密钥文件 %1，因此无法打开。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The folder %1 does not exist; no database was made.</source>
            <translation>文件夹 %1 不存在；未创建数据库。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot make its data folder %1 (%2).</source>
            <translation>Madoguchi 无法创建数据文件夹 %1（%2）。</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../app/kinds.py" line="+273" />
            <source>Unknown code list.</source>
            <translation>未知的代码列表。</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Use letters, digits and underscores only.</source>
            <translation>只能使用字母、数字和下划线。</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="-17" />
            <location line="+3" />
            <location line="+5" />
            <location filename="../app/validation.py" line="+19" />
            <source>Required.</source>
            <translation>必填。</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Already in the list.</source>
            <translation>已在列表中。</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="-184" />
            <source>Write the Japanese version first.</source>
            <translation>请先填写日语版本。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One text per language.</source>
            <translation>每种语言只能有一条文本。</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+301" />
            <location filename="../app/knowledge.py" line="+4" />
            <source>Each language needs a question and an answer.</source>
            <translation>每种语言都需要填写问题和回答。</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not a real date (use YYYY-MM-DD).</source>
            <translation>不是有效日期（请使用 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real time (use HH:MM).</source>
            <translation>不是有效时间（请使用 HH:MM）。</translation>
        </message>
        <message>
            <location filename="../app/accounts.py" line="-422" />
            <source>Use at least 8 characters.</source>
            <translation>至少需要 8 个字符。</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Not a usable user name.</source>
            <translation>此用户名无法使用。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too like the name of another user; choose another.</source>
            <translation>与其他用户的名称过于相似；请另选一个。</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+412" />
            <location filename="../app/knowledge.py" line="-2" />
            <location filename="../app/reports/categories.py" line="+5" />
            <location filename="../app/reports/config.py" line="+104" />
            <location line="+8" />
            <location line="+2" />
            <location filename="../app/validation.py" line="+4" />
            <source>Not in the code list.</source>
            <translation>不在代码列表中。</translation>
        </message>
        <message>
            <location line="-97" />
            <source>This user already exists.</source>
            <translation>该用户已存在。</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="-3" />
            <source>Not a real date and time (use YYYY-MM-DD HH:MM; in a file, YYYY-MM-DDTHH:MM).</source>
            <translation>日期和时间无效（请使用 YYYY-MM-DD HH:MM；文件中为 YYYY-MM-DDTHH:MM）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lies in the future.</source>
            <translation>是将来的日期。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time back is before time out.</source>
            <translation>返回时间早于出发时间。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up date is before the event.</source>
            <translation>跟进日期早于事件日期。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a name in native script or in Latin letters.</source>
            <translation>请输入本国文字或拉丁字母的姓名。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use katakana only.</source>
            <translation>只能使用片假名。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A residence card number is 2 letters, 8 digits and 2 letters (AB12345678CD).</source>
            <translation>在留卡号码由2个字母、8位数字和2个字母组成（AB12345678CD）。</translation>
        </message>
        <message>
            <location filename="../app/kinds.py" line="-225" />
            <source>Choose at least one topic.</source>
            <translation>请至少选择一个主题。</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+4" />
            <source>Choose a resident, or the nationality for an anonymous record.</source>
            <translation>请选择居民；匿名记录请选择国籍。</translation>
        </message>
        <message>
            <location line="+169" />
            <source>Choose the nationality of each row of unregistered attendees.</source>
            <translation>请为每一行未登记的参加者选择国籍。</translation>
        </message>
        <message>
            <location filename="../app/reports/config.py" line="-22" />
            <location line="+2" />
            <location line="+4" />
            <location filename="../app/validation.py" line="-167" />
            <source>Out of range.</source>
            <translation>超出范围。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>More foreign residents than residents.</source>
            <translation>外国居民人数超过了人口总数。</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not an email address.</source>
            <translation>不是有效的电子邮件地址。</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="-55" />
            <source>That resident no longer exists.</source>
            <translation>该居民已不存在。</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="-20" />
            <source>must be a list of codes.</source>
            <translation>必须是代码列表。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>counts must be whole numbers.</source>
            <translation>人数必须是整数。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>each contact needs exactly 'app' and 'handle'.</source>
            <translation>每个联系方式必须且只能包含“app”和“handle”。</translation>
        </message>
        <message>
            <location filename="../app/handover.py" line="-453" />
            <source>At most 20,000 characters.</source>
            <translation>最多 20,000 个字符。</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="-33" />
            <source>A resident cannot be linked to themselves.</source>
            <translation>居民不能与自己关联。</translation>
        </message>
        <message>
            <location filename="../app/reports/municipality.py" line="+10" />
            <source>A municipality code has six digits.</source>
            <translation>地方公共团体代码为六位数字。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The last digit of this municipality code does not match the others.</source>
            <translation>此代码的最后一位与其他位不符。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A municipality code starts with a prefecture number from 01 to 47.</source>
            <translation>地方公共团体代码以 01 到 47 的都道府县编号开头。</translation>
        </message>
    </context>
</TS>
