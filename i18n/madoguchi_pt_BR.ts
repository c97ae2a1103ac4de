<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>AccompanimentForm</name>
        <message>
            <location filename="../ui/field_labels.py" line="+10" />
            <location filename="../ui/forms/accompaniment.py" line="+36" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Time out</source>
            <translation>Hora de saída</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Time back</source>
            <translation>Hora de volta</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Resident</source>
            <translation>Morador</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Organisation</source>
            <translation>Organização</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+7" />
            <source>Facility</source>
            <translation>Instituição</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Department</source>
            <translation>Setor</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Accompanied by</source>
            <translation>Acompanhado por</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Interpreter</source>
            <translation>Intérprete</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Purpose</source>
            <translation>Finalidade</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+7" />
            <source>Health details (sensitive)</source>
            <translation>Dados de saúde (sensíveis)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+10" />
            <source>Distance (round trip)</source>
            <translation>Distância (ida e volta)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Transport cost</source>
            <translation>Custo de transporte</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Follow-up date</source>
            <translation>Data de retorno</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="-64" />
            <source>Accompaniment</source>
            <translation>Acompanhamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment #%1</source>
            <translation>Acompanhamento nº %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>When you left the office</source>
            <translation>Quando você saiu do escritório</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When you were back at the office</source>
            <translation>Quando você voltou ao escritório</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Facility or counter</source>
            <translation>Instituição ou guichê</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. 内科, 住民課</source>
            <translation>ex.: 内科, 住民課</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who went with the resident</source>
            <translation>Quem foi com o morador</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Sensitive personal information (要配慮個人情報): diagnoses, symptoms and treatment. Write only what the follow-up needs, and only with the resident's consent.</source>
            <translation>Dados pessoais sensíveis (要配慮個人情報): diagnósticos, sintomas e tratamento. Escreva só o que o retorno precisa, e só com o consentimento do morador.</translation>
        </message>
        <message>
            <location line="+12" />
            <source> km</source>
            <translation> km</translation>
        </message>
        <message>
            <location line="+6" />
            <source> yen</source>
            <translation> ienes</translation>
        </message>
    </context>
    <context>
        <name>AccompanimentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+39" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out</source>
            <translation>Saída</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>Volta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Morador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Nome (latino)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>Instituição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Setor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transport (yen)</source>
            <translation>Transporte (ienes)</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <location filename="../ui/pages/audit.py" line="+29" />
            <source>Created</source>
            <translation>Criado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>Alterado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted</source>
            <translation>Excluído</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Viewed</source>
            <translation>Visualizado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exported</source>
            <translation>Exportado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report made</source>
            <translation>Relatório gerado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed</source>
            <translation>Impresso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore</source>
            <translation>Restauração</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged in</source>
            <translation>Login</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged out</source>
            <translation>Logout</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed login</source>
            <translation>Login falhou</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked out</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlocked</source>
            <translation>Desbloqueado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymised</source>
            <translation>Anonimizado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Values removed</source>
            <translation>Valores removidos</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../ui/audit_text.py" line="+44" />
            <source>(deleted) %1</source>
            <translation>(excluído) %1</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="+2" />
            <source>User account</source>
            <translation>Conta de usuário</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+24" />
            <source>User</source>
            <translation>Usuário</translation>
        </message>
        <message>
            <location line="-21" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>até</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record ID (uuid; in a record's tooltip)</source>
            <translation>ID do registro (uuid; na dica do registro)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changes</source>
            <translation>Alterações</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Verify chain</source>
            <translation>Verificar a cadeia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check that no audit row was altered or removed since it was written</source>
            <translation>Verificar que nenhuma linha de auditoria foi alterada ou removida desde que foi escrita</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Any user</source>
            <translation>Qualquer usuário</translation>
        </message>
        <message>
            <location line="+35" />
            <source>(values removed when the record was purged)</source>
            <translation>(valores removidos quando o registro foi apagado)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The newest %1 rows; narrow the filter to see older ones.</source>
            <translation>As %1 linhas mais recentes; restrinja o filtro para ver as mais antigas.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln linha</numerusform>
                <numerusform>%Ln linhas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>The audit trail is intact (%1 rows).</source>
            <translation>O registro de auditoria está íntegro (%1 linhas).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audit row %1 was altered or removed.</source>
            <translation>A linha de auditoria %1 foi alterada ou removida.</translation>
        </message>
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <location filename="../ui/pages/backup_box.py" line="+29" />
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change folder…</source>
            <translation>Mudar pasta…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back up now</source>
            <translation>Fazer backup agora</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore from a backup…</source>
            <translation>Restaurar de um backup…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Folder</source>
            <translation>Pasta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A verified, encrypted backup is made at the first start of each day and before every import, restore and purge; 7 daily, 4 weekly and 12 monthly are kept.</source>
            <translation>Um backup criptografado e verificado é feito no primeiro início de cada dia e antes de cada importação, restauração e limpeza; são mantidos 7 diários, 4 semanais e 12 mensais.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Folder for backups</source>
            <translation>Pasta para backups</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saved.</source>
            <translation>Salvo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore from a backup</source>
            <translation>Restaurar de um backup</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore %1? The current database is kept aside, never deleted, and the window opens again on the restored records.</source>
            <translation>Restaurar %1? O banco de dados atual é guardado à parte, nunca excluído, e a janela abre de novo com os registros restaurados.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Backed up to %1</source>
            <translation>Backup salvo em %1</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonForm</name>
        <message>
            <location filename="../ui/field_labels.py" line="+78" />
            <location filename="../ui/forms/directory.py" line="+85" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+7" />
            <source>SNS contacts</source>
            <translation>Contatos em redes sociais</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+3" />
            <source>Area</source>
            <translation>Área</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+3" />
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="-25" />
            <source>Bridge person</source>
            <translation>Pessoa-ponte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person #%1</source>
            <translation>Pessoa-ponte nº %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Where they can help, e.g. a district</source>
            <translation>Onde pode ajudar, ex.: um bairro</translation>
        </message>
        <message>
            <location line="+9" />
            <source>ID or phone number</source>
            <translation>ID ou número de telefone</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-33" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>Área</translation>
        </message>
    </context>
    <context>
        <name>CardTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="+59" />
            <source>Period of stay ends</source>
            <translation>Fim do período de permanência</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In</source>
            <translation>Em</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Morador</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Residence status</source>
            <translation>Status de residência</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln dia</numerusform>
                <numerusform>%Ln dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>ended %Ln day(s) ago</source>
            <translation>
                <numerusform>terminou há %Ln dia</numerusform>
                <numerusform>terminou há %Ln dias</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <location filename="../ui/pages/categories_dialog.py" line="+32" />
            <source>Other bodies' categories</source>
            <translation>Categorias de outros órgãos</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Topics counted in this category</source>
            <translation>Assuntos contados nesta categoria</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Back to the shipped example</source>
            <translation>Voltar ao exemplo fornecido</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Topics in no category (counted as unmapped): %1</source>
            <translation>Assuntos sem categoria (contados como não mapeados): %1</translation>
        </message>
    </context>
    <context>
        <name>CodeItemDialog</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+54" />
            <location line="+13" />
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Offered in forms</source>
            <translation>Oferecido nos formulários</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Japanese label</source>
            <translation>Rótulo em japonês</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English label</source>
            <translation>Rótulo em inglês</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>Ordem</translation>
        </message>
    </context>
    <context>
        <name>CodeList</name>
        <message>
            <location filename="../ui/labels.py" line="+73" />
            <source>Consultation topics</source>
            <translation>Assuntos de consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channels</source>
            <translation>Canais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS apps</source>
            <translation>Aplicativos de redes sociais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>Destinos de acompanhamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>Tipos de sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>Assuntos de sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence statuses</source>
            <translation>Status de residência</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationalities</source>
            <translation>Nacionalidades</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation kinds</source>
            <translation>Tipos de organização</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent methods</source>
            <translation>Formas de consentimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household relations</source>
            <translation>Relações na família</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreters</source>
            <translation>Intérpretes</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+170" />
            <source>Header row and columns</source>
            <translation>Linha de cabeçalho e colunas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each column's field is guessed from its header name; change it where the guess is wrong. Columns Madoguchi does not know are kept in the notes.</source>
            <translation>O campo de cada coluna é deduzido pelo nome do cabeçalho; mude-o onde a dedução estiver errada. Colunas que o Madoguchi não conhece ficam nas observações.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheet</source>
            <translation>Planilha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Header row</source>
            <translation>Linha de cabeçalho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Column</source>
            <translation>Coluna</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Example</source>
            <translation>Exemplo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPage</name>
        <message>
            <location filename="../ui/pages/conflicts.py" line="+55" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Found</source>
            <translation>Encontrado em</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>O que difere</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This device</source>
            <translation>Este dispositivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other device</source>
            <translation>Outro dispositivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep</source>
            <translation>Manter</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All mine</source>
            <translation>Todos os meus</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All theirs</source>
            <translation>Todos os deles</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+120" />
            <source>Resolve</source>
            <translation>Resolver</translation>
        </message>
        <message>
            <location line="-102" />
            <source>%1 open conflicts. A record changed on two devices since they last synced is kept as it is on each until you choose, field by field, which value to keep.</source>
            <translation>%1 conflitos em aberto. Um registro alterado em dois dispositivos desde a última sincronização fica como está em cada um até você escolher, campo a campo, qual valor manter.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>deleted on this device</source>
            <translation>excluído neste dispositivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deleted on the other device</source>
            <translation>excluído no outro dispositivo</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Resident</source>
            <translation>Morador</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consultation</source>
            <translation>Consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>Acompanhamento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Organização</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>Pessoa-ponte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>Entrada de conhecimento</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No conflict chosen.</source>
            <translation>Nenhum conflito escolhido.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deleted on one device and changed on the other. Keep the record, or its deletion?</source>
            <translation>Excluído em um dispositivo e alterado no outro. Manter o registro ou a exclusão?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the value to keep for each field.</source>
            <translation>Escolha o valor a manter em cada campo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The record</source>
            <translation>O registro</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>deleted</source>
            <translation>excluído</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>kept</source>
            <translation>mantido</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Mine</source>
            <translation>Meu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>Deles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
    </context>
    <context>
        <name>ConsultationForm</name>
        <message>
            <location filename="../ui/field_labels.py" line="-91" />
            <location filename="../ui/forms/consultation.py" line="+48" />
            <source>Date and time</source>
            <translation>Data e hora</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Time spent</source>
            <translation>Tempo gasto</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+9" />
            <source>Resident</source>
            <translation>Morador</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Nationality (anonymous)</source>
            <translation>Nacionalidade (anônimo)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Language used</source>
            <translation>Idioma usado</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>SNS app</source>
            <translation>Aplicativo de rede social</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Interpreter</source>
            <translation>Intérprete</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Topics</source>
            <translation>Assuntos</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>What was asked</source>
            <translation>O que foi perguntado</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>What was done</source>
            <translation>O que foi feito</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Referred to</source>
            <translation>Encaminhado a</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Follow-up date</source>
            <translation>Data de retorno</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+14" />
            <source>Suggested answers</source>
            <translation>Respostas sugeridas</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="-78" />
            <source>Consultation</source>
            <translation>Consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation #%1</source>
            <translation>Consulta nº %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Anonymous</source>
            <translation>Anônimo</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+11" />
            <source>Date and time</source>
            <translation>Data e hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Morador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Nome (latino)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>O que foi perguntado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Nacionalidade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>Assuntos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>Retorno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
    </context>
    <context>
        <name>Curtain</name>
        <message>
            <location filename="../ui/session.py" line="+87" />
            <source>Locked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Madoguchi (locked)</source>
            <translation>Madoguchi (bloqueado)</translation>
        </message>
    </context>
    <context>
        <name>DataTransferBox</name>
        <message>
            <location filename="../ui/pages/data_transfer.py" line="+27" />
            <source>All records as a file</source>
            <translation>Todos os registros em um arquivo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export all records…</source>
            <translation>Exportar todos os registros…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import records…</source>
            <translation>Importar registros…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export all records</source>
            <translation>Exportar todos os registros</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import records</source>
            <translation>Importar registros</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exported to %1: %2</source>
            <translation>Exportado para %1: %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported from %1: %2</source>
            <translation>Importado de %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../ui/widgets.py" line="+172" />
            <source>Pick a date</source>
            <translation>Escolher uma data</translation>
        </message>
        <message>
            <location line="+44" />
            <source>not a date</source>
            <translation>não é uma data</translation>
        </message>
    </context>
    <context>
        <name>DevicesBox</name>
        <message>
            <location filename="../ui/pages/devices.py" line="+63" />
            <source>Sync between devices</source>
            <translation>Sincronização entre dispositivos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose folder…</source>
            <translation>Escolher pasta…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sync now</source>
            <translation>Sincronizar agora</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+60" />
            <source>Sync folder</source>
            <translation>Pasta de sincronização</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Each device writes an encrypted packet of its changes to this folder (a shared folder or a USB stick) and reads the others' packets. It also happens at login and logout when the folder can be reached.</source>
            <translation>Cada dispositivo grava um pacote criptografado com suas alterações nesta pasta (uma pasta compartilhada ou um pen drive) e lê os pacotes dos outros. Isso também acontece no login e no logout quando a pasta está acessível.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Devices of this town</source>
            <translation>Dispositivos deste município</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device</source>
            <translation>Dispositivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last heard from</source>
            <translation>Último contato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes not yet confirmed</source>
            <translation>Alterações ainda não confirmadas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add device…</source>
            <translation>Adicionar dispositivo…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+86" />
            <location line="+20" />
            <location line="+9" />
            <source>Revoke device</source>
            <translation>Revogar dispositivo</translation>
        </message>
        <message>
            <location line="-100" />
            <source>(none chosen)</source>
            <translation>(nenhuma escolhida)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this device</source>
            <translation>este dispositivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>revoked</source>
            <translation>revogado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open conflicts: %1</source>
            <translation>Conflitos em aberto: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sync</source>
            <translation>Sincronizar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Copy of this town for another device</source>
            <translation>Cópia deste município para outro dispositivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Madoguchi database (*.db)</source>
            <translation>Banco de dados do Madoguchi (*.db)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add device</source>
            <translation>Adicionar dispositivo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device %1 added. Copy both files (%2 and its .keys file) to the other device's data folder.</source>
            <translation>Dispositivo %1 adicionado. Copie os dois arquivos (%2 e o arquivo .keys dele) para a pasta de dados do outro dispositivo.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Refuse every packet of device %1 from now on, on every device, and give this database a new key? Do this for a lost or retired device.</source>
            <translation>Recusar todo pacote do dispositivo %1 a partir de agora, em todos os dispositivos, e dar uma nova chave a este banco de dados? Faça isso para um dispositivo perdido ou aposentado.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Revoking device…</source>
            <translation>Revogando o dispositivo…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Device %1 is revoked, but this database was not re-keyed: the accounts %2 were made by an older Madoguchi and change at their next login; revoke the device again after that.</source>
            <translation>O dispositivo %1 foi revogado, mas este banco de dados não recebeu nova chave: as contas %2 foram criadas por um Madoguchi mais antigo e mudam no próximo login; revogue o dispositivo de novo depois disso.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Device %1 is revoked and this database has a new key: backups made from now on cannot be opened with the lost device's key.</source>
            <translation>O dispositivo %1 foi revogado e este banco de dados tem uma nova chave: os backups feitos a partir de agora não podem ser abertos com a chave do dispositivo perdido.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No other device was left, so the town has a new sync key: devices added from now on get it; the lost device's packets are refused.</source>
            <translation>Não restou nenhum outro dispositivo, então o município tem uma nova chave de sincronização: os dispositivos adicionados a partir de agora a recebem; os pacotes do dispositivo perdido são recusados.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+76" />
            <source>Organisations</source>
            <translation>Organizações</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge persons</source>
            <translation>Pessoas-ponte</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+256" />
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The records are in Madoguchi; each keeps the file, sheet and row it came from.</source>
            <translation>Os registros estão no Madoguchi; cada um guarda o arquivo, a planilha e a linha de origem.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the import report (CSV)…</source>
            <translation>Salvar o relatório de importação (CSV)…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 residents were added and %2 updated; %3 not on the roster are listed in the report to check. A backup was made first.</source>
            <translation>%1 moradores foram adicionados e %2 atualizados; %3 que não estão no cadastro aparecem no relatório para conferir. Um backup foi feito antes.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 consultations were imported; %2 residents were added and %3 already known ones were linked. A backup was made first.</source>
            <translation>%1 consultas foram importadas; %2 moradores foram adicionados e %3 já conhecidos foram vinculados. Um backup foi feito antes.</translation>
        </message>
    </context>
    <context>
        <name>DueTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="-41" />
            <source>Follow-up</source>
            <translation>Retorno</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consulted</source>
            <translation>Consultado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Morador</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>O que foi perguntado</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../ui/errors.py" line="+26" />
            <source>Something unexpected went wrong (%1). Your saved records are safe; what happened was written to %2 for your IT staff.</source>
            <translation>Algo inesperado deu errado (%1). Os registros salvos estão seguros; o que aconteceu foi gravado em %2 para a equipe de TI.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-411" />
            <source>Choose the file and its sheets</source>
            <translation>Escolha o arquivo e suas planilhas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An Excel workbook (.xlsx, .xls) or a CSV file: an old log of consultations, or the resident roster. Nothing is written until the last step.</source>
            <translation>Uma pasta de trabalho do Excel (.xlsx, .xls) ou um arquivo CSV: um registro antigo de consultas, ou o cadastro de moradores. Nada é gravado até o último passo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A log of consultations</source>
            <translation>Um registro de consultas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The resident roster (住民基本台帳 extract)</source>
            <translation>O cadastro de moradores (extrato do 住民基本台帳)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file holds:</source>
            <translation>O arquivo contém:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose file…</source>
            <translation>Escolher arquivo…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+54" />
            <source>Mapping profile: none (guessed from the file)</source>
            <translation>Perfil de mapeamento: nenhum (deduzido do arquivo)</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Load mapping profile…</source>
            <translation>Carregar perfil de mapeamento…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheets to import:</source>
            <translation>Planilhas a importar:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reading the file…</source>
            <translation>Lendo o arquivo…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 (%2 rows)</source>
            <translation>%1 (%2 linhas)</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Mapping profile: %1</source>
            <translation>Perfil de mapeamento: %1</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../ui/first_run.py" line="+86" />
            <source>Madoguchi — first start</source>
            <translation>Madoguchi — primeiro início</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Welcome to Madoguchi</source>
            <translation>Bem-vindo ao Madoguchi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no database here yet. Madoguchi will make a new encrypted database in:</source>
            <translation>Ainda não há banco de dados aqui. O Madoguchi vai criar um novo banco de dados criptografado em:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>First, the town's name and the administrator: the clerk who looks after Madoguchi, adds the other users and keeps the recovery code.</source>
            <translation>Primeiro, o nome do município e o administrador: o funcionário que cuida do Madoguchi, adiciona os outros usuários e guarda o código de recuperação.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>Pelo menos %1 caracteres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (Japanese)</source>
            <translation>Nome do município (japonês)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator's user name</source>
            <translation>Nome de usuário do administrador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Senha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password again</source>
            <translation>Senha de novo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the database</source>
            <translation>Criar o banco de dados</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Please enter the town's name.</source>
            <translation>Digite o nome do município.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please enter a user name for the administrator.</source>
            <translation>Digite um nome de usuário para o administrador.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use at least %1 characters for the password.</source>
            <translation>Use pelo menos %1 caracteres na senha.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two passwords are not the same.</source>
            <translation>As duas senhas não são iguais.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The folder %1 does not exist.</source>
            <translation>A pasta %1 não existe.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The recovery code</source>
            <translation>O código de recuperação</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If every administrator password is lost, only this code opens the database. It is shown now and never again, and Madoguchi does not keep it.</source>
            <translation>Se todas as senhas de administrador se perderem, só este código abre o banco de dados. Ele é mostrado agora e nunca mais, e o Madoguchi não o guarda.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print it, or write it down by hand, and keep the paper in the office safe. Do not keep it on this computer or in email.</source>
            <translation>Imprima-o, ou anote-o à mão, e guarde o papel no cofre do escritório. Não o guarde neste computador nem em e-mail.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printing is not available here. Write the code down by hand now and keep the paper in the office safe. Save it as a text file only to print it elsewhere, then delete the file.</source>
            <translation>Não é possível imprimir aqui. Anote o código à mão agora e guarde o papel no cofre do escritório. Salve-o como arquivo de texto só para imprimir em outro lugar, depois exclua o arquivo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save as text file…</source>
            <translation>Salvar como arquivo de texto…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I have written down or printed the recovery code</source>
            <translation>Anotei ou imprimi o código de recuperação</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Finish and open Madoguchi</source>
            <translation>Concluir e abrir o Madoguchi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Madoguchi recovery code</source>
            <translation>Código de recuperação do Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep this paper in the office safe. Anyone who has it and the database file can read every record.</source>
            <translation>Guarde este papel no cofre do escritório. Quem o tiver, junto com o arquivo do banco de dados, pode ler todos os registros.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Sent to the printer.</source>
            <translation>Enviado para a impressora.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save the recovery code</source>
            <translation>Salvar o código de recuperação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt)</source>
            <translation>Texto (*.txt)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not save: %1</source>
            <translation>Não foi possível salvar: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved. Print it, then delete the file.</source>
            <translation>Salvo. Imprima-o e depois exclua o arquivo.</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <location filename="../ui/pages/today.py" line="+52" />
            <source>First steps</source>
            <translation>Primeiros passos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This town has no records yet. A new town usually starts so:</source>
            <translation>Este município ainda não tem registros. Normalmente se começa assim:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1. The town's name and the report settings</source>
            <translation>1. O nome do município e as configurações de relatório</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2. Accounts for the staff (the CIR, a colleague)</source>
            <translation>2. Contas para a equipe (o CIR, um colega)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3. Old records from Excel or CSV, and the roster</source>
            <translation>3. Registros antigos em Excel ou CSV, e o cadastro de moradores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4. A knowledge pack from another town</source>
            <translation>4. Um pacote de conhecimento de outro município</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <location filename="../ui/jobs.py" line="+125" />
            <source>Unexpected error (%1).</source>
            <translation>Erro inesperado (%1).</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>KbStatus</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+33" />
            <source>Draft</source>
            <translation>Rascunho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>Publicado</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <location filename="../ui/labels.py" line="-66" />
            <source>Resident</source>
            <translation>Morador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation</source>
            <translation>Consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>Acompanhamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Organização</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>Pessoa-ponte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>Entrada de conhecimento</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeForm</name>
        <message>
            <location filename="../ui/field_labels.py" line="+54" />
            <location filename="../ui/forms/knowledge.py" line="+51" />
            <source>Topic</source>
            <translation>Assunto</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+16" />
            <source>Question and answer</source>
            <translation>Pergunta e resposta</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+5" />
            <source>Documents to bring</source>
            <translation>Documentos a levar</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+12" />
            <source>Organisations that help</source>
            <translation>Organizações que ajudam</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Last reviewed</source>
            <translation>Última revisão</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="-48" />
            <source>Knowledge entry</source>
            <translation>Entrada de conhecimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry #%1</source>
            <translation>Entrada de conhecimento nº %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Add language…</source>
            <translation>Adicionar idioma…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>For example: 在留カード, マイナンバーカード</source>
            <translation>Por exemplo: 在留カード, マイナンバーカード</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePack</name>
        <message>
            <location filename="../ui/kb_pack.py" line="+22" />
            <source>Knowledge pack from %1: %2 new, %3 changed, %4 already here; %5 organisations to add. Import it?</source>
            <translation>Pacote de conhecimento de %1: %2 novas, %3 alteradas, %4 já existentes; %5 organizações a adicionar. Importar?</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import a knowledge pack</source>
            <translation>Importar um pacote de conhecimento</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export a knowledge pack</source>
            <translation>Exportar um pacote de conhecimento</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 published entries were written to %2.</source>
            <translation>%1 entradas publicadas foram gravadas em %2.</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <location filename="../ui/pages/knowledge.py" line="+57" />
            <source>Search questions and answers, in any language</source>
            <translation>Pesquisar perguntas e respostas, em qualquer idioma</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Any topic</source>
            <translation>Qualquer assunto</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show drafts</source>
            <translation>Mostrar rascunhos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New entry…</source>
            <translation>Nova entrada…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New knowledge entry (Ctrl+N)</source>
            <translation>Nova entrada de conhecimento (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Knowledge packs</source>
            <translation>Pacotes de conhecimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share the published entries with another town, or take theirs in</source>
            <translation>Compartilhar as entradas publicadas com outro município, ou trazer as dele</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import a knowledge pack…</source>
            <translation>Importar um pacote de conhecimento…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export a knowledge pack…</source>
            <translation>Exportar um pacote de conhecimento…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Topic</source>
            <translation>Assunto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>Pergunta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last reviewed</source>
            <translation>Última revisão</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Used</source>
            <translation>Usada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Review</source>
            <translation>Revisão</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Copy for SNS</source>
            <translation>Copiar para redes sociais</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the question and answer in the chosen language, as plain text for Messenger, Zalo or LINE</source>
            <translation>Copiar a pergunta e a resposta no idioma escolhido, como texto simples para Messenger, Zalo ou LINE</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark reviewed</source>
            <translation>Marcar como revisada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer is still right: record today as its review date</source>
            <translation>A resposta continua certa: registrar hoje como data de revisão</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Due</source>
            <translation>Pendente</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not reviewed for a year: check the answer is still right</source>
            <translation>Sem revisão há um ano: confira se a resposta continua certa</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln entrada</numerusform>
                <numerusform>%Ln entradas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+40" />
            <source>No entry chosen</source>
            <translation>Nenhuma entrada escolhida</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Documents to bring:</source>
            <translation>Documentos a levar:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisations that help:</source>
            <translation>Organizações que ajudam:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Never reviewed</source>
            <translation>Nunca revisada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last reviewed %1 by %2</source>
            <translation>Última revisão %1 por %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last reviewed %1</source>
            <translation>Última revisão %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From %1</source>
            <translation>De %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Marked as reviewed today</source>
            <translation>Marcada como revisada hoje</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <location filename="../ui/login.py" line="+94" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
    </context>
    <context>
        <name>LanguageTab</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="-50" />
            <source>Question</source>
            <translation>Pergunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>Resposta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this language</source>
            <translation>Remover este idioma</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../ui/pages/list_page.py" line="+50" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>até</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Any status</source>
            <translation>Qualquer situação</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Any topic</source>
            <translation>Qualquer assunto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any language</source>
            <translation>Qualquer idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any nationality</source>
            <translation>Qualquer nacionalidade</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New…</source>
            <translation>Novo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New record (Ctrl+N)</source>
            <translation>Novo registro (Ctrl+N)</translation>
        </message>
        <message numerus="yes">
            <location line="+49" />
            <source>%Ln record(s)</source>
            <translation>
                <numerusform>%Ln registro</numerusform>
                <numerusform>%Ln registros</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../ui/login.py" line="+96" />
            <source>Madoguchi — log in</source>
            <translation>Madoguchi — login</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked. Log in to continue, or log in as another user.</source>
            <translation>Bloqueado. Faça login para continuar, ou entre como outro usuário.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log in to Madoguchi</source>
            <translation>Entrar no Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database: %1</source>
            <translation>Banco de dados: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Demo town: user %1 or %2, password %3</source>
            <translation>Município de demonstração: usuário %1 ou %2, senha %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>User name</source>
            <translation>Nome de usuário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Senha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the recovery code…</source>
            <translation>Usar o código de recuperação…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Log in</source>
            <translation>Entrar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit Madoguchi</source>
            <translation>Sair do Madoguchi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Enter your user name and password.</source>
            <translation>Digite seu nome de usuário e senha.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The backup was restored. Log in again.</source>
            <translation>O backup foi restaurado. Faça login de novo.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Opening the database… The first login after an update prepares the file once; on a large town this can take a minute.</source>
            <translation>Abrindo o banco de dados… O primeiro login após uma atualização prepara o arquivo uma única vez; em um município grande, isso pode levar cerca de um minuto.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+30" />
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residents</source>
            <translation>Moradores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations</source>
            <translation>Consultas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniments</source>
            <translation>Acompanhamentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>Sessões</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Directory</source>
            <translation>Diretório</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge</source>
            <translation>Conhecimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>Relatórios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handover</source>
            <translation>Transição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Users</source>
            <translation>Usuários</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit</source>
            <translation>Auditoria</translation>
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
            <translation>Pesquisar</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Search residents and consultations (Ctrl+F): any script, any name form</source>
            <translation>Pesquisar moradores e consultas (Ctrl+F): qualquer escrita, qualquer forma do nome</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Find</source>
            <translation>Localizar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New record</source>
            <translation>Novo registro</translation>
        </message>
        <message>
            <location line="+143" />
            <source>administrator</source>
            <translation>administrador</translation>
        </message>
        <message>
            <location line="+0" />
            <source>staff</source>
            <translation>funcionário</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock / switch user</source>
            <translation>Bloquear / trocar de usuário</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock the window, or let another user log in (Ctrl+L)</source>
            <translation>Bloquear a janela, ou deixar outro usuário entrar (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>MeasuresDialog</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+51" />
            <source>Special allocation tax measures</source>
            <translation>Medidas do imposto de alocação especial</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consultation topics</source>
            <translation>Assuntos de consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations with interpreter</source>
            <translation>Consultas com intérprete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>Tipos de sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>Assuntos de sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>Destinos de acompanhamento</translation>
        </message>
    </context>
    <context>
        <name>OldRecordsBox</name>
        <message>
            <location filename="../ui/table_import.py" line="+171" />
            <source>Old records from Excel or CSV</source>
            <translation>Registros antigos do Excel ou CSV</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import from Excel/CSV…</source>
            <translation>Importar do Excel/CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A consultation log kept in Excel or CSV, or the resident roster: preview every row first, then import all or nothing.</source>
            <translation>Um registro de consultas mantido em Excel ou CSV, ou o cadastro de moradores: veja cada linha antes, depois importe tudo ou nada.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <location filename="../ui/field_labels.py" line="-64" />
            <location filename="../ui/forms/directory.py" line="-82" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Address</source>
            <translation>Endereço</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages spoken</source>
            <translation>Idiomas falados</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Interpreter</source>
            <translation>Intérprete</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+4" />
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="-22" />
            <source>Organisation</source>
            <translation>Organização</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation #%1</source>
            <translation>Organização nº %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>An interpreter can be arranged</source>
            <translation>É possível conseguir um intérprete</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-30" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>Intérprete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Endereço</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+39" />
            <source>SMTP password</source>
            <translation>Senha SMTP</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password for %1 at %2</source>
            <translation>Senha de %1 em %2</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../ui/pages/users.py" line="+73" />
            <source>Password</source>
            <translation>Senha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember it in this computer's keyring</source>
            <translation>Lembrar no chaveiro deste computador</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No secure keyring is available, so Madoguchi asks every time.</source>
            <translation>Não há chaveiro seguro disponível, então o Madoguchi pergunta toda vez.</translation>
        </message>
        <message>
            <location filename="../ui/pages/users.py" line="-19" />
            <source>Add user</source>
            <translation>Adicionar usuário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set password for %1</source>
            <translation>Definir senha de %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>Pelo menos %1 caracteres</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation>Nome de usuário</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>Função</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Password again</source>
            <translation>Senha de novo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Staff can keep records and make the aggregated reports. Only administrators manage users and settings, export personal data and delete data for good.</source>
            <translation>Os funcionários podem manter registros e fazer os relatórios agregados. Só administradores gerenciam usuários e configurações, exportam dados pessoais e excluem dados definitivamente.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The two passwords are not the same.</source>
            <translation>As duas senhas não são iguais.</translation>
        </message>
    </context>
    <context>
        <name>Person</name>
        <message>
            <location filename="../ui/labels.py" line="+72" />
            <source>Anonymous (%1)</source>
            <translation>Anônimo (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nationality unknown</source>
            <translation>nacionalidade desconhecida</translation>
        </message>
    </context>
    <context>
        <name>PrefecturePage</name>
        <message>
            <location filename="../ui/pages/prefecture.py" line="+42" />
            <source>Madoguchi — prefecture roll-up</source>
            <translation>Madoguchi — consolidação da província</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add the annual data files (.json) the towns sent, check them, then make the prefecture's report (PDF, Excel and CSV). No town database is needed.</source>
            <translation>Adicione os arquivos de dados anuais (.json) enviados pelos municípios, verifique-os e gere o relatório da província (PDF, Excel e CSV). Não é preciso o banco de dados do município.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add files…</source>
            <translation>Adicionar arquivos…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove all</source>
            <translation>Remover todos</translation>
        </message>
        <message>
            <location line="+8" />
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Town</source>
            <translation>Município</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Municipality code</source>
            <translation>Código do município</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counts</source>
            <translation>Contagens</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Version</source>
            <translation>Versão</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Accept provisional files (the roll-up is then provisional)</source>
            <translation>Aceitar arquivos provisórios (a consolidação fica provisória)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Counts from 1 to one less than this are hidden as x in the prefecture's report.</source>
            <translation>Contagens de 1 até um a menos que este valor aparecem como x no relatório da província.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide counts below</source>
            <translation>Ocultar contagens abaixo de</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check the files</source>
            <translation>Verificar os arquivos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the prefecture's report…</source>
            <translation>Gerar o relatório da província…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Annual data files</source>
            <translation>Arquivos de dados anuais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual data files (*.json)</source>
            <translation>Arquivos de dados anuais (*.json)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the prefecture's report in</source>
            <translation>Salvar o relatório da província em</translation>
        </message>
        <message>
            <location line="+39" />
            <source>exact</source>
            <translation>exatas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>suppressed</source>
            <translation>com sigilo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>provisional to %1</source>
            <translation>provisório até %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>final</source>
            <translation>definitivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 files of %2 are ready to roll up.</source>
            <translation>%1 de %2 arquivos estão prontos para consolidar.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Making the prefecture's report…</source>
            <translation>Gerando o relatório da província…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved:</source>
            <translation>Salvo:</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+183" />
            <source>Preview</source>
            <translation>Pré-visualização</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every row of the file and what will become of it. The import adds all of it, or nothing.</source>
            <translation>Cada linha do arquivo e o que será feito com ela. A importação adiciona tudo, ou nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import the other rows, and list rows with problems as skipped</source>
            <translation>Importar as outras linhas e listar as linhas com problemas como ignoradas</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile…</source>
            <translation>Salvar perfil de mapeamento…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save preview as CSV…</source>
            <translation>Salvar pré-visualização como CSV…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 rows: %2 new residents, %3 to update, %4 unchanged, %5 skipped, %6 with problems; %7 residents in Madoguchi are not on the roster (listed to check; they are not changed).</source>
            <translation>%1 linhas: %2 moradores novos, %3 a atualizar, %4 sem mudança, %5 ignoradas, %6 com problemas; %7 moradores no Madoguchi não estão no cadastro (listados para conferir; não são alterados).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 rows: %2 to import, %3 skipped, %4 with problems. Residents: %5 new, %6 already in Madoguchi.</source>
            <translation>%1 linhas: %2 a importar, %3 ignoradas, %4 com problemas. Moradores: %5 novos, %6 já no Madoguchi.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rows with problems stop the import: correct the file or the mapping (Back), or tick the box above.</source>
            <translation>Linhas com problemas impedem a importação: corrija o arquivo ou o mapeamento (Voltar), ou marque a caixa acima.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile</source>
            <translation>Salvar perfil de mapeamento</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Mapping profile saved: %1</source>
            <translation>Perfil de mapeamento salvo: %1</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../ui/qt_strings.py" line="+10" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>&amp;Sim</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>&amp;Não</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>Redefinir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>Ajuda</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../ui/forms/base.py" line="+62" />
            <source>Delete…</source>
            <translation>Excluir…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>This record was also changed on another device: it has an open conflict (Settings › Conflicts).</source>
            <translation>Este registro também foi alterado em outro dispositivo: há um conflito em aberto (Configurações › Conflitos).</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Please correct the fields marked in red.</source>
            <translation>Corrija os campos marcados em vermelho.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this record? This cannot be undone.</source>
            <translation>Excluir este registro? Isto não pode ser desfeito.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Unsaved changes</source>
            <translation>Alterações não salvas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This record has changes that are not saved. Save them?</source>
            <translation>Este registro tem alterações não salvas. Salvá-las?</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../ui/login.py" line="+56" />
            <source>Use the recovery code</source>
            <translation>Usar o código de recuperação</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the recovery code from the paper kept in the office safe. Then choose a new password for the administrator.</source>
            <translation>Digite o código de recuperação do papel guardado no cofre do escritório. Depois escolha uma nova senha para o administrador.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Check the code</source>
            <translation>Verificar o código</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation>Código de recuperação</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Administrator</source>
            <translation>Administrador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password</source>
            <translation>Nova senha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password again</source>
            <translation>Nova senha de novo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Set password and log in</source>
            <translation>Definir senha e entrar</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This database has no active administrator.</source>
            <translation>Este banco de dados não tem administrador ativo.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The two passwords are not the same.</source>
            <translation>As duas senhas não são iguais.</translation>
        </message>
    </context>
    <context>
        <name>ReportSettingsBox</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+36" />
            <source>Reports</source>
            <translation>Relatórios</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counts from 1 to one less than this are hidden as x in the annual report.</source>
            <translation>Contagens de 1 até um a menos que este número aparecem como x no relatório anual.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>same as above</source>
            <translation>igual ao de cima</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A hidden count is protected when a reader of every table published this year cannot narrow it to a range narrower than this.</source>
            <translation>Um número oculto está protegido quando quem lê todas as tabelas publicadas neste ano não consegue reduzi-lo a um intervalo mais estreito que este.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>from the town's name</source>
            <translation>pelo nome do município</translation>
        </message>
        <message>
            <location line="+10" />
            <source>全国地方公共団体コード: six digits, the last one a check digit.</source>
            <translation>全国地方公共団体コード (código do município): seis dígitos, o último é um dígito verificador.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>suppressed counts, as in the report</source>
            <translation>contagens com sigilo, como no relatório</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exact counts, for the prefecture to suppress</source>
            <translation>contagens exatas, para a província aplicar o sigilo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Special allocation tax measures…</source>
            <translation>Medidas do imposto de alocação especial…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other bodies' categories…</source>
            <translation>Categorias de outros órgãos…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide counts below</source>
            <translation>Ocultar contagens abaixo de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protection width</source>
            <translation>Largura de proteção</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality</source>
            <translation>Tipo de município</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality code</source>
            <translation>Código do município</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The annual data file carries</source>
            <translation>O arquivo de dados anual leva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town population</source>
            <translation>População do município</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Foreign residents</source>
            <translation>Moradores estrangeiros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Setor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact (mail signature)</source>
            <translation>Contato (assinatura do e-mail)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sending to the prefecture</source>
            <translation>Envio à província</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Use STARTTLS</source>
            <translation>Usar STARTTLS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Forget the saved password</source>
            <translation>Esquecer a senha salva</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prefecture's address</source>
            <translation>Endereço da província</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From address</source>
            <translation>Endereço do remetente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation>Assunto do e-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>Mensagem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mail server (SMTP)</source>
            <translation>Servidor de e-mail (SMTP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>Usuário</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save report settings</source>
            <translation>Salvar configurações de relatório</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password is kept only in this computer's keyring, never in a file.</source>
            <translation>A senha fica só no chaveiro deste computador, nunca em um arquivo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No secure keyring here: Madoguchi asks for the password every time.</source>
            <translation>Não há chaveiro seguro aqui: o Madoguchi pede a senha toda vez.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Saved.</source>
            <translation>Salvo.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/pages/reports.py" line="+49" />
            <source>Monthly report</source>
            <translation>Relatório mensal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual report for the prefecture</source>
            <translation>Relatório anual para a província</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Preview</source>
            <translation>Pré-visualização</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export Excel…</source>
            <translation>Exportar Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the file made</source>
            <translation>Abrir o arquivo gerado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Email draft for the prefecture…</source>
            <translation>Rascunho de e-mail para a província…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture…</source>
            <translation>Enviar à província…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attach the annual data file (for the prefecture's roll-up)</source>
            <translation>Anexar o arquivo de dados anual (para a consolidação da província)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Save the report in</source>
            <translation>Salvar o relatório em</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Records with open sync conflicts: %1. The report counts them as they stand on this device (Settings › Conflicts).</source>
            <translation>Registros com conflitos de sincronização em aberto: %1. O relatório os conta como estão neste dispositivo (Configurações › Conflitos).</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Making the report…</source>
            <translation>Gerando o relatório…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved:</source>
            <translation>Salvo:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Making the email draft…</source>
            <translation>Gerando o rascunho de e-mail…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved. Open the .eml file to check and send it from your mail program:</source>
            <translation>Salvo. Abra o arquivo .eml para conferir e envie-o pelo seu programa de e-mail:</translation>
        </message>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+37" />
            <source>Send the %1 report (PDF, Excel and the annual data file) to %2?</source>
            <translation>Enviar o relatório de %1 (PDF, Excel e o arquivo de dados anual) para %2?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send the %1 report (PDF and Excel) to %2?</source>
            <translation>Enviar o relatório %1 (PDF e Excel) para %2?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture</source>
            <translation>Enviar à província</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sent to %1.</source>
            <translation>Enviado para %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sending…</source>
            <translation>Enviando…</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <location filename="../ui/field_labels.py" line="+48" />
            <location filename="../ui/forms/resident.py" line="+44" />
            <source>Family name (native script)</source>
            <translation>Sobrenome (escrita original)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Given name (native script)</source>
            <translation>Nome (escrita original)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Family name (Latin letters)</source>
            <translation>Sobrenome (letras latinas)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Given name (Latin letters)</source>
            <translation>Nome (letras latinas)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Reading (katakana)</source>
            <translation>Leitura (katakana)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Date of birth</source>
            <translation>Data de nascimento</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Nationality</source>
            <translation>Nacionalidade</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Residence status</source>
            <translation>Status de residência</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Period of stay ends (在留期間満了日)</source>
            <translation>Fim do período de permanência (在留期間満了日)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Residence card number</source>
            <translation>Número do cartão de residente</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Employer or host organisation</source>
            <translation>Empregador ou organização receptora</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>District</source>
            <translation>Bairro</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+13" />
            <source>SNS contacts</source>
            <translation>Contatos em redes sociais</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Arrival date</source>
            <translation>Data de chegada</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Consent to keep a record: date</source>
            <translation>Consentimento para registro: data</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Consent: how</source>
            <translation>Consentimento: forma</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+18" />
            <source>Household</source>
            <translation>Família</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="-70" />
            <source>Resident</source>
            <translation>Morador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident #%1</source>
            <translation>Morador nº %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Hiragana becomes katakana</source>
            <translation>Hiragana vira katakana</translation>
        </message>
        <message>
            <location line="+26" />
            <source>ID or phone number</source>
            <translation>ID ou número de telefone</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Link</source>
            <translation>Vincular</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlink</source>
            <translation>Desvincular</translation>
        </message>
    </context>
    <context>
        <name>ResidentPicker</name>
        <message>
            <location filename="../ui/resident_picker.py" line="+50" />
            <source>Type a name in any script…</source>
            <translation>Digite um nome em qualquer escrita…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>New resident “%1”…</source>
            <translation>Novo morador “%1”…</translation>
        </message>
    </context>
    <context>
        <name>ResidentView</name>
        <message>
            <location filename="../ui/resident_view.py" line="+53" />
            <location line="+97" />
            <source>Timeline</source>
            <translation>Histórico</translation>
        </message>
        <message>
            <location line="-94" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit resident…</source>
            <translation>Editar morador…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New consultation…</source>
            <translation>Nova consulta…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New accompaniment…</source>
            <translation>Novo acompanhamento…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nationality</source>
            <translation>Nacionalidade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>Status de residência</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Employer or host</source>
            <translation>Empregador ou organização</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>Bairro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS</source>
            <translation>Redes sociais</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrived</source>
            <translation>Chegada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Consentimento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household</source>
            <translation>Família</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+5" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Nome (latino)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading</source>
            <translation>Leitura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Nacionalidade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>Status de residência</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stay ends</source>
            <translation>Fim da permanência</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card number</source>
            <translation>Nº do cartão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>Bairro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employer or host</source>
            <translation>Empregador ou organização</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation>Chegada</translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <location filename="../ui/pages/retention_box.py" line="+26" />
            <source>Retention</source>
            <translation>Retenção</translation>
        </message>
        <message>
            <location line="+7" />
            <source> years</source>
            <translation> anos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation>Pré-visualização</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Anonymise…</source>
            <translation>Anonimizar…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No activity for</source>
            <translation>Sem atividade há</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Anonymising blanks names, contacts, notes and free text, after a backup. Nationality, languages and residence status stay, so past reports keep their numbers.</source>
            <translation>A anonimização apaga nomes, contatos, observações e textos livres, depois de um backup. Nacionalidade, idiomas e status de residência ficam, para que os relatórios passados mantenham seus números.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Anonymise</source>
            <translation>Anonimizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymise %1 residents? This cannot be undone (a backup is made first).</source>
            <translation>Anonimizar %1 moradores? Isto não pode ser desfeito (um backup é feito antes).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 residents have had no activity for %2 years or more.</source>
            <translation>%1 moradores não têm atividade há %2 anos ou mais.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 residents anonymised.</source>
            <translation>%1 moradores anonimizados.</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../ui/pages/users.py" line="-64" />
            <source>Administrator</source>
            <translation>Administrador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff</source>
            <translation>Funcionário</translation>
        </message>
    </context>
    <context>
        <name>RowsModel</name>
        <message>
            <location filename="../ui/table_import_rows.py" line="+67" />
            <source>Sheet</source>
            <translation>Planilha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Row</source>
            <translation>Linha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsPage</name>
        <message>
            <location filename="../ui/pages/search_results.py" line="+26" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>Detalhe</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 result(s) for “%2”</source>
            <translation>%1 resultado(s) para “%2”</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../ui/session.py" line="+96" />
            <source>Checking the database in the background…</source>
            <translation>Verificando o banco de dados em segundo plano…</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <location filename="../ui/field_labels.py" line="+5" />
            <location filename="../ui/forms/session.py" line="+45" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Start time</source>
            <translation>Hora de início</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+14" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Topics</source>
            <translation>Assuntos</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Venue</source>
            <translation>Local</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Online</source>
            <translation>On-line</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Facilitator</source>
            <translation>Facilitador</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+22" />
            <source>Registered attendees</source>
            <translation>Participantes registrados</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+28" />
            <source>Unregistered attendees</source>
            <translation>Participantes não registrados</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="-89" />
            <source>Session</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session #%1</source>
            <translation>Sessão nº %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Copy the last session of this kind</source>
            <translation>Copiar a última sessão deste tipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title, topics, languages, venue, facilitator and registered attendees of the most recent session of this kind (for weekly classes)</source>
            <translation>Título, assuntos, idiomas, local, facilitador e participantes registrados da sessão mais recente deste tipo (para aulas semanais)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Held online</source>
            <translation>Realizada on-line</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Attendance sheet…</source>
            <translation>Lista de presença…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print a sheet for attendees to sign (出席簿)</source>
            <translation>Imprimir uma lista para os participantes assinarem (出席簿)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+111" />
            <source>Nationality</source>
            <translation>Nacionalidade</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Count</source>
            <translation>Quantidade</translation>
        </message>
        <message>
            <location line="+8" />
            <source>People who came but have no resident record</source>
            <translation>Pessoas que vieram mas não têm registro de morador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add row</source>
            <translation>Adicionar linha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove row</source>
            <translation>Remover linha</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Total attendance</source>
            <translation>Presença total</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1 (%2 registered, %3 unregistered)</source>
            <translation>%1 (%2 registrados, %3 não registrados)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reading</source>
            <translation>Leitura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature</source>
            <translation>Assinatura</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attendance sheet</source>
            <translation>Lista de presença</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+21" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venue</source>
            <translation>Local</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online</source>
            <translation>On-line</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation>Presença</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>Facilitador</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+41" />
            <source>Town and data</source>
            <translation>Município e dados</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reports</source>
            <translation>Relatórios</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Town</source>
            <translation>Município</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+135" />
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Town name (Japanese)</source>
            <translation>Nome do município (japonês)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (English)</source>
            <translation>Nome do município (inglês)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Database</source>
            <translation>Banco de dados</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schema version</source>
            <translation>Versão do esquema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SQLite</source>
            <translation>SQLite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded as user</source>
            <translation>Registrado como usuário</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Code lists</source>
            <translation>Listas de códigos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Devices</source>
            <translation>Dispositivos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>Conflitos</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add code…</source>
            <translation>Adicionar código…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Japanese</source>
            <translation>Japonês</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>Inglês</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In this window</source>
            <translation>Nesta janela</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offered</source>
            <translation>Oferecido</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Your preferences</source>
            <translation>Suas preferências</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show dates in the Japanese era (令和) in the Japanese window</source>
            <translation>Mostrar datas na era japonesa (令和) na janela em japonês</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+78" />
            <source>Saved.</source>
            <translation>Salvo.</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Security</source>
            <translation>Segurança</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After this many minutes without use the window locks and shows the login screen. 0 = never.</source>
            <translation>Depois de tantos minutos sem uso a janela é bloqueada e mostra a tela de login. 0 = nunca.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Auto-lock after</source>
            <translation>Bloquear automaticamente após</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these settings, the report settings and the code lists, or export and import all records.</source>
            <translation>Só um administrador pode mudar estas configurações, as configurações de relatório e as listas de códigos, ou exportar e importar todos os registros.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these.</source>
            <translation>Só um administrador pode mudar isto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only an administrator can change the code lists.</source>
            <translation>Só um administrador pode mudar as listas de códigos.</translation>
        </message>
    </context>
    <context>
        <name>SnsCopy</name>
        <message>
            <location filename="../ui/sns_copy.py" line="+20" />
            <source>Documents to bring:</source>
            <translation>Documentos a levar:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisations that help:</source>
            <translation>Organizações que ajudam:</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Copy for SNS</source>
            <translation>Copiar para redes sociais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer has no text in %1 yet. Copy it in another language?</source>
            <translation>Esta resposta ainda não tem texto em %1. Copiar em outro idioma?</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../ui/startup.py" line="+41" />
            <source>The database was damaged and has been moved aside to %1. No verified backup was found; please call your IT staff.</source>
            <translation>O banco de dados estava danificado e foi movido para %1. Nenhum backup verificado foi encontrado; chame o pessoal de TI.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database was damaged and has been moved aside to %1. Restore the newest verified backup, %2?</source>
            <translation>O banco de dados estava danificado e foi movido para %1. Restaurar o backup verificado mais recente, %2?</translation>
        </message>
        <message>
            <location line="+216" />
            <source>The check found damage in the database file. Stop entering records and quit Madoguchi: at the next start the damaged file is moved aside and the newest verified backup is offered.</source>
            <translation>A verificação encontrou danos no arquivo do banco de dados. Pare de registrar e feche o Madoguchi: na próxima abertura, o arquivo danificado será colocado de lado e o backup verificado mais recente será oferecido.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Database checked; today's backup was taken (%1).</source>
            <translation>Banco de dados verificado; o backup de hoje foi feito (%1).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database checked.</source>
            <translation>Banco de dados verificado.</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../ui/labels.py" line="-85" />
            <source>Open</source>
            <translation>Em aberto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>Encaminhada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting</source>
            <translation>Aguardando</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>Encerrada</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location filename="../ui/forms/suggestions.py" line="+43" />
            <source>Tick the entries you answered with</source>
            <translation>Marque as entradas que você usou na resposta</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy for SNS</source>
            <translation>Copiar para redes sociais</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the chosen answer in the consultation's language, for Messenger, Zalo or LINE</source>
            <translation>Copiar a resposta escolhida no idioma da consulta, para Messenger, Zalo ou LINE</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Tick the answers you used.</source>
            <translation>Marque as respostas que você usou.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a topic or write what was asked to see suggested answers.</source>
            <translation>Escolha um assunto ou escreva o que foi perguntado para ver respostas sugeridas.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../ui/sync_jobs.py" line="+36" />
            <source>Syncing with the other devices…</source>
            <translation>Sincronizando com os outros dispositivos…</translation>
        </message>
        <message>
            <location filename="../ui/pages/devices.py" line="-185" />
            <source>Synced: %1 added, %2 updated, %3 deleted, %4 new conflicts.</source>
            <translation>Sincronizado: %1 adicionados, %2 atualizados, %3 excluídos, %4 novos conflitos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packets refused: %1.</source>
            <translation>Pacotes recusados: %1.</translation>
        </message>
    </context>
    <context>
        <name>TableImport</name>
        <message>
            <location filename="../app/tableimport/messages.py" line="+41" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading (katakana)</source>
            <translation>Leitura (katakana)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Nacionalidade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>Assuntos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>O que foi perguntado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was done</source>
            <translation>O que foi feito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes (kept with what was done)</source>
            <translation>Observações (guardadas com o que foi feito)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>Intérprete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled mark</source>
            <translation>Marca de cancelamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Data de nascimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>Status de residência</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End of the period of stay</source>
            <translation>Fim do período de permanência</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>Bairro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topic</source>
            <translation>Assunto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(leave out)</source>
            <translation>(deixar de fora)</translation>
        </message>
        <message>
            <location filename="../ui/table_import_rows.py" line="-43" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip</source>
            <translation>Ignorar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>Conferir</translation>
        </message>
        <message>
            <location line="+67" />
            <source>new %1: %2</source>
            <translation>novo %1: %2</translation>
        </message>
    </context>
    <context>
        <name>TableImportWizard</name>
        <message>
            <location filename="../ui/table_import.py" line="-124" />
            <location line="+19" />
            <source>Import from Excel/CSV</source>
            <translation>Importar do Excel/CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spreadsheets (*.xlsx *.xls *.csv *.txt)</source>
            <translation>Planilhas (*.xlsx *.xls *.csv *.txt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Load mapping profile</source>
            <translation>Carregar perfil de mapeamento</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Making the preview…</source>
            <translation>Gerando a pré-visualização…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Updating residents…</source>
            <translation>Atualizando moradores…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save the import report</source>
            <translation>Salvar o relatório de importação</translation>
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
            <translation>Hoje, %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Residence cards: period of stay ends within %1 days (%2)</source>
            <translation>Cartões de residente: período de permanência termina em até %1 dias (%2)</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Follow-ups overdue (%1)</source>
            <translation>Retornos atrasados (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-ups due today (%1)</source>
            <translation>Retornos para hoje (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open consultations (%1)</source>
            <translation>Consultas em aberto (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— the newest %1 shown</source>
            <translation>— mostrando as %1 mais recentes</translation>
        </message>
    </context>
    <context>
        <name>TownNotesPage</name>
        <message>
            <location filename="../ui/pages/town_notes.py" line="+36" />
            <source>Town notes</source>
            <translation>Notas do município</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What the next person at this desk should know: who to call, how things are done in this town, what to watch out for. The notes go into the handover pack.</source>
            <translation>O que a próxima pessoa neste guichê deve saber: a quem ligar, como as coisas são feitas neste município, com o que tomar cuidado. As notas vão para o pacote de transição.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>For example: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</source>
            <translation>Por exemplo: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save notes</source>
            <translation>Salvar notas</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Handover pack</source>
            <translation>Pacote de transição</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A folder for whoever takes over this desk: a handover document with these notes, the open consultations, the regular duties, the directory and the published knowledge base, plus the directory as spreadsheets. Residents appear by case number and initials only, unless personal data is included.</source>
            <translation>Uma pasta para quem assumir este guichê: um documento de transição com estas notas, as consultas em aberto, as tarefas regulares, o diretório e a base de conhecimento publicada, além do diretório em planilhas. Os moradores aparecem só pelo número do caso e pelas iniciais, a menos que os dados pessoais sejam incluídos.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Include personal data (residents' full names)</source>
            <translation>Incluir dados pessoais (nomes completos dos moradores)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Without it, open cases show initials and the case number.</source>
            <translation>Sem isso, os casos em aberto mostram as iniciais e o número do caso.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can include personal data.</source>
            <translation>Só um administrador pode incluir dados pessoais.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make handover pack…</source>
            <translation>Gerar pacote de transição…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Make the handover pack in</source>
            <translation>Gerar o pacote de transição em</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Saved.</source>
            <translation>Salvo.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Making the handover pack…</source>
            <translation>Gerando o pacote de transição…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved:</source>
            <translation>Salvo:</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../ui/pages/users.py" line="+89" />
            <source>Each person logs in with their own name. Disabling a user removes their key: they can no longer open the database, and their past records keep their name.</source>
            <translation>Cada pessoa entra com o próprio nome. Desativar um usuário remove a chave dele: ele não consegue mais abrir o banco de dados, e os registros passados mantêm o nome dele.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add user…</source>
            <translation>Adicionar usuário…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disable…</source>
            <translation>Desativar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set password…</source>
            <translation>Definir senha…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>User name</source>
            <translation>Nome de usuário</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Função</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Disabled</source>
            <translation>Desativado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked (too many failed logins)</source>
            <translation>Bloqueado (logins falhos demais)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Disable user</source>
            <translation>Desativar usuário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disable %1? They will no longer be able to log in. This cannot be undone; add them again under a new name if needed.</source>
            <translation>Desativar %1? Essa pessoa não poderá mais entrar. Isto não pode ser desfeito; adicione-a de novo com outro nome se for preciso.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Added %1.</source>
            <translation>%1 adicionado.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The password of %1 is changed.</source>
            <translation>A senha de %1 foi alterada.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is disabled.</source>
            <translation>%1 está desativado.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 can log in again.</source>
            <translation>%1 pode entrar de novo.</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-173" />
            <source>Codes for the file's words</source>
            <translation>Códigos para as palavras do arquivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a code for each word that is not a code's own name, and the values for what the file has no column for. A word left without a code stops its rows.</source>
            <translation>Escolha um código para cada palavra que não é o nome de um código, e os valores para o que o arquivo não tem coluna. Uma palavra sem código impede as linhas dela.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text in the file</source>
            <translation>Texto no arquivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows</source>
            <translation>Linhas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 where the file has none:</source>
            <translation>%1 onde o arquivo não tem:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(no code: the row stops)</source>
            <translation>(sem código: a linha para)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Every word of the file has a code.</source>
            <translation>Toda palavra do arquivo tem um código.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../app/accounts.py" line="+45" />
            <location filename="../app/keyslots.py" line="+45" />
            <source>The user name or password is not right.</source>
            <translation>O nome de usuário ou a senha não está certo.</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 already exists; a new database is only made in a new place.</source>
            <translation>%1 já existe; um novo banco de dados só é criado em um lugar novo.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>This account is locked after too many failed logins; an administrator can unlock it.</source>
            <translation>Esta conta está bloqueada após logins falhos demais; um administrador pode desbloqueá-la.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Too many failed logins: try again in %1 seconds.</source>
            <translation>Logins falhos demais: tente de novo em %1 segundos.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This login is refused: the list of users was changed outside Madoguchi, so your role cannot be trusted. An administrator can see it in the audit trail.</source>
            <translation>Este login foi recusado: a lista de usuários foi alterada fora do Madoguchi, então sua função não é confiável. Um administrador pode ver isso no registro de auditoria.</translation>
        </message>
        <message>
            <location line="+143" />
            <source>That recovery code does not open this database.</source>
            <translation>Esse código de recuperação não abre este banco de dados.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This database is not encrypted, so it has no accounts.</source>
            <translation>Este banco de dados não é criptografado, então não tem contas.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only an administrator can manage users.</source>
            <translation>Só um administrador pode gerenciar usuários.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Log out and log in again as an administrator first: this session cannot sign a change of the users list.</source>
            <translation>Primeiro saia e entre de novo como administrador: esta sessão não pode assinar uma mudança na lista de usuários.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That user cannot log in.</source>
            <translation>Esse usuário não pode entrar.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>You cannot disable your own account.</source>
            <translation>Você não pode desativar a sua própria conta.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>There is no such user.</source>
            <translation>Esse usuário não existe.</translation>
        </message>
        <message>
            <location line="-51" />
            <source>The last administrator cannot be disabled.</source>
            <translation>O último administrador não pode ser desativado.</translation>
        </message>
        <message>
            <location filename="../app/audit.py" line="+100" />
            <source>An audit row is written only inside a write transaction.</source>
            <translation>Uma linha de auditoria só é escrita dentro de uma transação de escrita.</translation>
        </message>
        <message>
            <location line="+199" />
            <source>Only an administrator can read the audit trail.</source>
            <translation>Só um administrador pode ler o registro de auditoria.</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../app/reports/build.py" line="+54" />
            <source>%1 is not a date; write it as YYYY-MM-DD.</source>
            <translation>%1 não é uma data; escreva como AAAA-MM-DD.</translation>
        </message>
        <message>
            <location filename="../app/backup.py" line="+40" />
            <location filename="../app/cli.py" line="+236" />
            <location filename="../app/db.py" line="+97" />
            <source>There is no database at %1.</source>
            <translation>Não há banco de dados em %1.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The backup folder %1 is not there (is the drive plugged in?).</source>
            <translation>A pasta de backup %1 não está lá (o disco está conectado?).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot write to the backup folder %1.</source>
            <translation>O Madoguchi não consegue gravar na pasta de backup %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the backup folder as a full path, not %1.</source>
            <translation>Informe a pasta de backup como caminho completo, não %1.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>This database has no file, so it cannot be backed up.</source>
            <translation>Este banco de dados não tem arquivo, então não pode ter backup.</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../app/integrity.py" line="+246" />
            <source>The backup could not be made in %1 (%2).</source>
            <translation>Não foi possível fazer o backup em %1 (%2).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no backup file at %1.</source>
            <translation>Não há arquivo de backup em %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not encrypted, so it is not a Madoguchi backup.</source>
            <translation>%1 não é criptografado, então não é um backup do Madoguchi.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 does not open with this database's key: it is damaged, or it belongs to another database.</source>
            <translation>O backup %1 não abre com a chave deste banco de dados: está danificado, ou pertence a outro banco de dados.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The backup %1 is damaged (%2).</source>
            <translation>O backup %1 está danificado (%2).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 is damaged (integrity_check: %2).</source>
            <translation>O backup %1 está danificado (integrity_check: %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a Madoguchi backup.</source>
            <translation>%1 não é um backup do Madoguchi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup %1 was made by a newer Madoguchi.</source>
            <translation>O backup %1 foi feito por um Madoguchi mais novo.</translation>
        </message>
        <message>
            <location line="+198" />
            <source>A database cannot be restored from itself.</source>
            <translation>Um banco de dados não pode ser restaurado a partir de si mesmo.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup could not be restored (%1); the current file was not replaced.</source>
            <translation>Não foi possível restaurar o backup (%1); o arquivo atual não foi substituído.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>The damaged database could not be moved aside (%1); it was not deleted.</source>
            <translation>Não foi possível mover o banco de dados danificado (%1); ele não foi excluído.</translation>
        </message>
        <message>
            <location filename="../app/backup_cli.py" line="+42" />
            <source>Only an administrator can change the backup folder.</source>
            <translation>Só um administrador pode mudar a pasta de backup.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only an administrator can restore a backup.</source>
            <translation>Só um administrador pode restaurar um backup.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../app/services.py" line="+128" />
            <source>This database has no file.</source>
            <translation>Este banco de dados não tem arquivo.</translation>
        </message>
        <message>
            <location filename="../app/check.py" line="+56" />
            <source>%1 is damaged or is not a Madoguchi database (%2).</source>
            <translation>%1 está danificado ou não é um banco de dados do Madoguchi (%2).</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-207" />
            <source>The window is not part of this installation.</source>
            <translation>A janela não faz parte desta instalação.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is empty (0 bytes) and was kept as it is; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 está vazio (0 bytes) e foi mantido como está; o backup mais recente que abre é %2 (madoguchi restore --from %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is empty (0 bytes) and was kept as it is; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 está vazio (0 bytes) e foi mantido como está; nenhum backup que abre foi encontrado, então chame o pessoal de TI.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 está danificado e não foi alterado; o backup mais recente que abre é %2 (madoguchi restore --from %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is open in a Madoguchi window, and this command changes records: close the window (or quit Madoguchi) first, then run the command again. Nothing was changed.</source>
            <translation>%1 está aberto em uma janela do Madoguchi, e este comando altera registros: feche a janela (ou saia do Madoguchi) primeiro e execute o comando de novo. Nada foi alterado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 está danificado e não foi alterado; nenhum backup que abre foi encontrado, então chame o pessoal de TI.</translation>
        </message>
        <message>
            <location line="+146" />
            <source>No password: set %1, or run the command in a terminal to be asked for it.</source>
            <translation>Sem senha: defina %1, ou rode o comando em um terminal para que ela seja pedida.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The two passwords are not the same; nothing was made.</source>
            <translation>As duas senhas não são iguais; nada foi criado.</translation>
        </message>
        <message>
            <location line="+40" />
            <location filename="../app/db.py" line="+6" />
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 é uma pasta, não um arquivo de banco de dados.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 não é criptografado; o Madoguchi guarda registros só em bancos de dados criptografados. Ele não foi alterado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>O arquivo de chave %1 está faltando ao lado do banco de dados, então ele não pode ser aberto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This database is encrypted: give --user NAME (the password comes from %1 or a prompt).</source>
            <translation>Este banco de dados é criptografado: informe --user NOME (a senha vem de %1 ou de uma pergunta).</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A demo town has 1 to 100,000 residents and 1 to 50 years.</source>
            <translation>Um município de demonstração tem de 1 a 100.000 moradores e de 1 a 50 anos.</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="+25" />
            <source>That consultation no longer exists.</source>
            <translation>Essa consulta não existe mais.</translation>
        </message>
        <message>
            <location line="+66" />
            <source>That accompaniment no longer exists.</source>
            <translation>Esse acompanhamento não existe mais.</translation>
        </message>
        <message>
            <location filename="../app/db.py" line="-3" />
            <location filename="../app/demo.py" line="+100" />
            <location filename="../app/devices.py" line="+21" />
            <location filename="../app/exchange.py" line="+84" />
            <location filename="../app/files.py" line="+115" />
            <location filename="../app/handover.py" line="+497" />
            <location filename="../app/kbpack.py" line="+131" />
            <location filename="../app/reports/build.py" line="+24" />
            <location filename="../app/rollup/report.py" line="+36" />
            <source>The folder %1 does not exist.</source>
            <translation>A pasta %1 não existe.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not encrypted, so it cannot be opened as an encrypted database; it was not changed.</source>
            <translation>%1 não é criptografado, então não pode ser aberto como banco de dados criptografado; ele não foi alterado.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The database %1 cannot be opened (%2).</source>
            <translation>O banco de dados %1 não pode ser aberto (%2).</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+41" />
            <source>The database key has the wrong length.</source>
            <translation>A chave do banco de dados tem o tamanho errado.</translation>
        </message>
        <message>
            <location line="-27" />
            <source>The database %1 cannot use write-ahead logging.</source>
            <translation>O banco de dados %1 não pode usar write-ahead logging.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is encrypted or is not a Madoguchi database: log in to open it. It was not changed.</source>
            <translation>%1 é criptografado ou não é um banco de dados do Madoguchi: entre para abri-lo. Ele não foi alterado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 could not be decrypted: the file is damaged, or its key file belongs to another database. It was not changed.</source>
            <translation>Não foi possível descriptografar %1: o arquivo está danificado, ou o arquivo de chave pertence a outro banco de dados. Ele não foi alterado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged or is not a Madoguchi database; it was not changed.</source>
            <translation>%1 está danificado ou não é um banco de dados do Madoguchi; ele não foi alterado.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>The backup %1 did not verify (%2).</source>
            <translation>O backup %1 não passou na verificação (%2).</translation>
        </message>
        <message>
            <location filename="../app/demo.py" line="-10" />
            <source>A demo town needs at least one resident and one year.</source>
            <translation>Um município de demonstração precisa de pelo menos um morador e um ano.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <location line="+29" />
            <source>%1 already exists; the demo is only written to a new file.</source>
            <translation>%1 já existe; a demonstração só é gravada em um arquivo novo.</translation>
        </message>
        <message>
            <location filename="../app/directory.py" line="+36" />
            <source>That organisation no longer exists.</source>
            <translation>Essa organização não existe mais.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>That bridge person no longer exists.</source>
            <translation>Essa pessoa-ponte não existe mais.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+60" />
            <source>%1, field '%2': has the wrong type. Nothing was imported.</source>
            <translation>%1, campo '%2': tem o tipo errado. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': %3 Nothing was imported.</source>
            <translation>%1, campo '%2': %3 Nada foi importado.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The file is not a Madoguchi export (field 'format'). Nothing was imported.</source>
            <translation>O arquivo não é uma exportação do Madoguchi (campo 'format'). Nada foi importado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>O arquivo tem a versão de formato %1; este Madoguchi lê a versão %2. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Field 'code_items' must be a list. Nothing was imported.</source>
            <translation>O campo 'code_items' deve ser uma lista. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, field '%2': needs list, code, label_ja, label_en. Nothing was imported.</source>
            <translation>%1, campo '%2': precisa de list, code, label_ja, label_en. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': sort_order must be a whole number and active true or false. Nothing was imported.</source>
            <translation>%1, campo '%2': sort_order deve ser um número inteiro e active, true ou false. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+22" />
            <location filename="../app/kbpack.py" line="+78" />
            <source>Field '%1' must be a list. Nothing was imported.</source>
            <translation>O campo '%1' deve ser uma lista. Nada foi importado.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>%1, field '%2': refers to a resident that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1, campo '%2': refere-se a um morador que não está nem no arquivo nem no banco de dados. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': a deleted record that is also in the file or in the database. Nothing was imported.</source>
            <translation>%1, campo '%2': um registro excluído que também está no arquivo ou no banco de dados. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../app/kbpack.py" line="-48" />
            <source>%1, field '%2': is not an object. Nothing was imported.</source>
            <translation>%1, campo '%2': não é um objeto. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, field '%2': missing or not a text. Nothing was imported.</source>
            <translation>%1, campo '%2': faltando ou não é texto. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': not a UUID. Nothing was imported.</source>
            <translation>%1, campo '%2': não é um UUID. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': appears twice in the file. Nothing was imported.</source>
            <translation>%1, campo '%2': aparece duas vezes no arquivo. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': this record is already in the database. Nothing was imported.</source>
            <translation>%1, campo '%2': este registro já está no banco de dados. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': unknown field. Nothing was imported.</source>
            <translation>%1, campo '%2': campo desconhecido. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': missing. Nothing was imported.</source>
            <translation>%1, campo '%2': faltando. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': not a date and time. Nothing was imported.</source>
            <translation>%1, campo '%2': não é uma data e hora. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': longer than a user name can be. Nothing was imported.</source>
            <translation>%1, campo '%2': mais longo do que um nome de usuário pode ser. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': refers to a record that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1, campo '%2': refere-se a um registro que não está nem no arquivo nem no banco de dados. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': each link needs 'related' and 'relation'. Nothing was imported.</source>
            <translation>%1, campo '%2': cada vínculo precisa de 'related' e 'relation'. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': a resident cannot be linked to themselves. Nothing was imported.</source>
            <translation>%1, campo '%2': um morador não pode ser vinculado a si mesmo. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1, field '%2': refers to a resident that is not there. Nothing was imported.</source>
            <translation>%1, campo '%2': refere-se a um morador que não está lá. Nada foi importado.</translation>
        </message>
        <message>
            <location line="-263" />
            <source>Some of these records were added to the database while the file was being imported (the same file imported twice at once?). Nothing was imported.</source>
            <translation>Alguns destes registros foram adicionados ao banco de dados enquanto o arquivo era importado (o mesmo arquivo importado duas vezes ao mesmo tempo?). Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../app/files.py" line="-86" />
            <source>The disk is full, so %1 was not written; nothing was left half-written. Free some space and try again.</source>
            <translation>O disco está cheio, então %1 não foi gravado; nada ficou gravado pela metade. Libere espaço e tente de novo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be written (%2); nothing was left half-written.</source>
            <translation>Não foi possível gravar %1 (%2); nada ficou gravado pela metade.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder: give the name of a file to write.</source>
            <translation>%1 é uma pasta: informe o nome de um arquivo para gravar.</translation>
        </message>
        <message>
            <location line="+121" />
            <source>%1 is a folder, not a Madoguchi export.</source>
            <translation>%1 é uma pasta, não uma exportação do Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi export.</source>
            <translation>%1 não é uma exportação do Madoguchi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder, not a Madoguchi knowledge pack.</source>
            <translation>%1 é uma pasta, não um pacote de conhecimento do Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi knowledge pack.</source>
            <translation>%1 não é um pacote de conhecimento do Madoguchi.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>%1 names the same field twice in one record, so it is not clear which value counts; nothing was read from it.</source>
            <translation>%1 nomeia o mesmo campo duas vezes em um registro, então não fica claro qual valor vale; nada foi lido dele.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is nested too deeply to be a Madoguchi file (at %2).</source>
            <translation>%1 tem aninhamento profundo demais para ser um arquivo do Madoguchi (em %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a number too large for any field (at %2).</source>
            <translation>%1 contém um número grande demais para qualquer campo (em %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a control or text-direction character that no record may contain (at %2).</source>
            <translation>%1 contém um caractere de controle ou de direção de texto que nenhum registro pode conter (em %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than 512 MB, too large to be a Madoguchi file.</source>
            <translation>%1 tem mais de 512 MB, grande demais para ser um arquivo do Madoguchi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not an ordinary file.</source>
            <translation>%1 não é um arquivo comum.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is a folder, not %2.</source>
            <translation>%1 é uma pasta, não %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not %2.</source>
            <translation>%1 não é %2.</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../app/sync_cli.py" line="+22" />
            <source>There is no file %1.</source>
            <translation>Não existe o arquivo %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be read as UTF-8 text (%2).</source>
            <translation>%1 não pode ser lido como texto UTF-8 (%2).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not valid JSON (line %2: %3).</source>
            <translation>%1 não é um JSON válido (linha %2: %3).</translation>
        </message>
        <message>
            <location filename="../app/instance.py" line="+19" />
            <source>This database is already open in another Madoguchi window (perhaps of another user of this computer); close it there first.</source>
            <translation>Este banco de dados já está aberto em outra janela do Madoguchi (talvez de outro usuário deste computador); feche-o lá primeiro.</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Madoguchi cannot create the lock file %1 beside the database (%2).</source>
            <translation>O Madoguchi não consegue criar o arquivo de trava %1 ao lado do banco de dados (%2).</translation>
        </message>
        <message>
            <location filename="../app/kbpack.py" line="-117" />
            <source>%1, field '%2': appears twice in the pack. Nothing was imported.</source>
            <translation>%1, campo '%2': aparece duas vezes no pacote. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Set the town's name (Settings) before exporting a knowledge pack: every entry carries the town it came from.</source>
            <translation>Defina o nome do município (Configurações) antes de exportar um pacote de conhecimento: cada entrada leva o município de origem.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 is not a Madoguchi knowledge pack (field 'format').</source>
            <translation>%1 não é um pacote de conhecimento do Madoguchi (campo 'format').</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1, field '%2': is too short to be a UUID. Nothing was imported.</source>
            <translation>%1, campo '%2': é curto demais para ser um UUID. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This is not a Madoguchi knowledge pack (field 'format'). Nothing was imported.</source>
            <translation>Isto não é um pacote de conhecimento do Madoguchi (campo 'format'). Nada foi importado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The pack has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>O pacote tem a versão de formato %1; este Madoguchi lê a versão %2. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The pack does not say which town it came from (field 'town'). Nothing was imported.</source>
            <translation>O pacote não diz de qual município veio (campo 'town'). Nada foi importado.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': must be a list of codes. Nothing was imported.</source>
            <translation>%1, campo '%2': deve ser uma lista de códigos. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1, field '%2': each text needs exactly 'language', 'question' and 'answer', as text. Nothing was imported.</source>
            <translation>%1, campo '%2': cada texto precisa exatamente de 'language', 'question' e 'answer', como texto. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': must be a list of document names. Nothing was imported.</source>
            <translation>%1, campo '%2': deve ser uma lista de nomes de documentos. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1, field '%2': must be a list of organisation UUIDs. Nothing was imported.</source>
            <translation>%1, campo '%2': deve ser uma lista de UUIDs de organizações. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': refers to an organisation that is neither in the pack nor in the directory. Nothing was imported.</source>
            <translation>%1, campo '%2': refere-se a uma organização que não está nem no pacote nem no diretório. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': another entry of the pack has the same topic and Japanese question. Nothing was imported.</source>
            <translation>%1, campo '%2': outra entrada do pacote tem o mesmo assunto e a mesma pergunta em japonês. Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../app/keyslots.py" line="-1" />
            <source>The key file %1 is damaged.</source>
            <translation>O arquivo de chave %1 está danificado.</translation>
        </message>
        <message>
            <location line="+172" />
            <source>The key file %1 is missing beside the database, so the database cannot be opened.</source>
            <translation>O arquivo de chave %1 está faltando ao lado do banco de dados, então o banco de dados não pode ser aberto.</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="+95" />
            <source>That knowledge entry no longer exists.</source>
            <translation>Essa entrada de conhecimento não existe mais.</translation>
        </message>
        <message>
            <location line="+165" />
            <source>This answer has no text in that language yet; it has %1.</source>
            <translation>Esta resposta ainda não tem texto nesse idioma; ela tem %1.</translation>
        </message>
        <message>
            <location filename="../app/languages.py" line="+31" />
            <source>Unknown language %1; use one of: %2.</source>
            <translation>Idioma desconhecido %1; use um destes: %2.</translation>
        </message>
        <message>
            <location filename="../app/migrations.py" line="+48" />
            <source>Unexpected file in the migrations folder: %1.</source>
            <translation>Arquivo inesperado na pasta de migrações: %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Migration %1 is missing.</source>
            <translation>A migração %1 está faltando.</translation>
        </message>
        <message>
            <location line="+22" />
            <location filename="../app/store.py" line="+279" />
            <source>This database was made by a newer Madoguchi (schema %1; this version knows up to %2). It was not changed: please update Madoguchi.</source>
            <translation>Este banco de dados foi feito por um Madoguchi mais novo (esquema %1; esta versão conhece até %2). Ele não foi alterado: atualize o Madoguchi.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Updating the database to schema %1 (%2) failed: %3. The database is unchanged at schema %4.</source>
            <translation>A atualização do banco de dados para o esquema %1 (%2) falhou: %3. O banco de dados continua no esquema %4.</translation>
        </message>
        <message>
            <location filename="../app/progress.py" line="+16" />
            <source>Cancelled; nothing was changed.</source>
            <translation>Cancelado; nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../app/reports/build.py" line="-45" />
            <source>Unknown format %1; choose from %2.</source>
            <translation>Formato desconhecido %1; escolha entre %2.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a month; write it as YYYY-MM.</source>
            <translation>%1 não é um mês; escreva como AAAA-MM.</translation>
        </message>
        <message>
            <location line="+79" />
            <source>The annual report was not written: the disclosure audit found %1 hidden figure(s) that could be narrowed down to less than %2 (first: %3).</source>
            <translation>O relatório anual não foi gravado: a auditoria de divulgação encontrou %1 número(s) oculto(s) que poderiam ser reduzidos a menos de %2 (primeiro: %3).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a fiscal year Madoguchi can report on.</source>
            <translation>%1 não é um ano fiscal sobre o qual o Madoguchi possa gerar relatório.</translation>
        </message>
        <message>
            <location filename="../app/reports/fonts.py" line="+94" />
            <source>The font file %1 is missing from %2; reinstall Madoguchi.</source>
            <translation>O arquivo de fonte %1 está faltando em %2; reinstale o Madoguchi.</translation>
        </message>
        <message>
            <location filename="../app/reports/mail.py" line="+35" />
            <source>The mail subject uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>O assunto do e-mail usa um marcador desconhecido {%1}; os conhecidos são: %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail body uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>O corpo do e-mail usa um marcador desconhecido {%1}; os conhecidos são: %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail template uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>O modelo de e-mail usa um marcador desconhecido {%1}; os conhecidos são: %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail subject has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>O assunto do e-mail tem um marcador quebrado; escreva marcadores como {town} e uma chave literal como {{ ou }}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail body has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>O corpo do e-mail tem um marcador quebrado; escreva marcadores como {town} e uma chave literal como {{ ou }}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail template has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>O modelo de e-mail tem um marcador quebrado; escreva marcadores como {town} e uma chave literal como {{ ou }}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sender address is empty.</source>
            <translation>O endereço do remetente está vazio.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address is empty.</source>
            <translation>O endereço do destinatário está vazio.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sender address %1 is not valid.</source>
            <translation>O endereço do remetente %1 não é válido.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address %1 is not valid.</source>
            <translation>O endereço do destinatário %1 não é válido.</translation>
        </message>
        <message>
            <location line="+79" />
            <source>%1 is a monthly report, for use inside the town hall only; it is never attached to the mail to the prefecture.</source>
            <translation>%1 é um relatório mensal, só para uso interno do município; nunca é anexado ao e-mail para a província.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: files are attached as they are, never zipped.</source>
            <translation>%1: os arquivos são anexados como estão, nunca compactados.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The attachment %1 could not be read.</source>
            <translation>Não foi possível ler o anexo %1.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The password could not be read from the system keyring.</source>
            <translation>Não foi possível ler a senha do chaveiro do sistema.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the SMTP user name before saving a password.</source>
            <translation>Digite o nome de usuário SMTP antes de salvar uma senha.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No secure keyring is available on this computer, so the password cannot be saved; it will be asked for each time.</source>
            <translation>Não há chaveiro seguro neste computador, então a senha não pode ser salva; ela será pedida toda vez.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The password could not be saved in the system keyring.</source>
            <translation>Não foi possível salvar a senha no chaveiro do sistema.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password could not be removed from the system keyring.</source>
            <translation>Não foi possível remover a senha do chaveiro do sistema.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No password was given and no secure keyring is available on this computer; enter the SMTP password to send.</source>
            <translation>Nenhuma senha foi informada e não há chaveiro seguro neste computador; digite a senha SMTP para enviar.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No password was given and none is saved in the keyring for %1; enter the SMTP password to send.</source>
            <translation>Nenhuma senha foi informada e não há nenhuma salva no chaveiro para %1; digite a senha SMTP para enviar.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No mail server (SMTP host) is set.</source>
            <translation>Nenhum servidor de e-mail (host SMTP) está definido.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The password would travel unencrypted; turn on STARTTLS.</source>
            <translation>A senha viajaria sem criptografia; ative o STARTTLS.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SMTP login cannot send a user name or password with non-ASCII characters (e.g. full-width letters); check what was typed.</source>
            <translation>O login SMTP não pode enviar nome de usuário ou senha com caracteres não ASCII (ex.: letras de largura total); confira o que foi digitado.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The mail server %1 did not accept the user name or password.</source>
            <translation>O servidor de e-mail %1 não aceitou o nome de usuário ou a senha.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not offer STARTTLS encryption; nothing was sent.</source>
            <translation>O servidor de e-mail %1 não oferece criptografia STARTTLS; nada foi enviado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not accept a login (SMTP AUTH).</source>
            <translation>O servidor de e-mail %1 não aceita login (SMTP AUTH).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 cannot take this message.</source>
            <translation>O servidor de e-mail %1 não pode receber esta mensagem.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 refused the recipient address %2.</source>
            <translation>O servidor de e-mail %1 recusou o endereço do destinatário %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the sender address %2.</source>
            <translation>O servidor de e-mail %1 recusou o endereço do remetente %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The certificate of %1 could not be verified; nothing was sent.</source>
            <translation>Não foi possível verificar o certificado de %1; nada foi enviado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The encrypted connection (TLS) to %1 failed; nothing was sent.</source>
            <translation>A conexão criptografada (TLS) com %1 falhou; nada foi enviado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 closed the connection unexpectedly.</source>
            <translation>O servidor de e-mail %1 fechou a conexão inesperadamente.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 offers no login method Madoguchi can use.</source>
            <translation>O servidor de e-mail %1 não oferece nenhum método de login que o Madoguchi possa usar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 answered with error %2; nothing was sent.</source>
            <translation>O servidor de e-mail %1 respondeu com o erro %2; nada foi enviado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the connection; check the server name and port.</source>
            <translation>O servidor de e-mail %1 recusou a conexão; confira o nome do servidor e a porta.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server name %1 could not be found.</source>
            <translation>O nome do servidor de e-mail %1 não foi encontrado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 did not answer within %2 seconds.</source>
            <translation>O servidor de e-mail %1 não respondeu em %2 segundos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sending through the mail server %1 failed.</source>
            <translation>O envio pelo servidor de e-mail %1 falhou.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Could not connect to the mail server %1.</source>
            <translation>Não foi possível conectar ao servidor de e-mail %1.</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="+56" />
            <source>That resident no longer exists.</source>
            <translation>Esse morador não existe mais.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>This resident has %1 linked records; delete or reassign them first.</source>
            <translation>Este morador tem %1 registros vinculados; exclua-os ou reatribua-os primeiro.</translation>
        </message>
        <message>
            <location filename="../app/retention.py" line="+94" />
            <source>The retention period must be at least one year.</source>
            <translation>O período de retenção deve ser de pelo menos um ano.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The retention period can be at most %1 years.</source>
            <translation>O período de retenção pode ser de no máximo %1 anos.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Only an administrator can purge residents' records.</source>
            <translation>Só um administrador pode apagar os registros dos moradores.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Some of those residents no longer exist; nothing was changed.</source>
            <translation>Alguns desses moradores não existem mais; nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../app/roles.py" line="+41" />
            <source>Madoguchi found changes made outside it: %1. The audit trail records them.</source>
            <translation>O Madoguchi encontrou alterações feitas fora dele: %1. O registro de auditoria as registra.</translation>
        </message>
        <message>
            <location filename="../app/rows.py" line="+26" />
            <source>The resident no longer exists; it may have been deleted.</source>
            <translation>O morador não existe mais; pode ter sido excluído.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The consultation no longer exists; it may have been deleted.</source>
            <translation>A consulta não existe mais; pode ter sido excluída.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The accompaniment no longer exists; it may have been deleted.</source>
            <translation>O acompanhamento não existe mais; pode ter sido excluído.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The session no longer exists; it may have been deleted.</source>
            <translation>A sessão não existe mais; pode ter sido excluída.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The organisation no longer exists; it may have been deleted.</source>
            <translation>A organização não existe mais; pode ter sido excluída.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The bridge person no longer exists; it may have been deleted.</source>
            <translation>A pessoa-ponte não existe mais; pode ter sido excluída.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The knowledge entry no longer exists; it may have been deleted.</source>
            <translation>A entrada de conhecimento não existe mais; pode ter sido excluída.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The %1 no longer exists; it may have been deleted.</source>
            <translation>O registro (%1) não existe mais; pode ter sido excluído.</translation>
        </message>
        <message>
            <location filename="../app/sessions.py" line="+24" />
            <source>That session no longer exists.</source>
            <translation>Essa sessão não existe mais.</translation>
        </message>
        <message>
            <location filename="../app/storage.py" line="+27" />
            <source>The database is on a network drive, where SQLite is not safe and the file can be damaged, so please keep it on this computer's own disk.</source>
            <translation>O banco de dados está em uma unidade de rede, onde o SQLite não é seguro e o arquivo pode ser danificado; mantenha-o no disco deste computador.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by %1, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>O banco de dados está em uma pasta sincronizada pelo %1, onde o SQLite não é seguro e o arquivo pode ser danificado; mova-o para uma pasta que não seja sincronizada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by a cloud storage service, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>O banco de dados está em uma pasta sincronizada por um serviço de armazenamento em nuvem, onde o SQLite não é seguro e o arquivo pode ser danificado; mova-o para uma pasta que não seja sincronizada.</translation>
        </message>
        <message>
            <location filename="../app/store.py" line="-256" />
            <source>The disk is full: this record was not saved. Free some space and save again.</source>
            <translation>O disco está cheio: este registro não foi salvo. Libere espaço e salve de novo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The disk could not be written: this record was not saved. Check the drive and save again.</source>
            <translation>Não foi possível gravar no disco: este registro não foi salvo. Confira a unidade e salve de novo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the settings.</source>
            <translation>Só um administrador pode mudar as configurações.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the code lists.</source>
            <translation>Só um administrador pode mudar as listas de códigos.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the report settings.</source>
            <translation>Só um administrador pode mudar as configurações de relatório.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can export every record.</source>
            <translation>Só um administrador pode exportar todos os registros.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import records.</source>
            <translation>Só um administrador pode importar registros.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import a knowledge pack.</source>
            <translation>Só um administrador pode importar um pacote de conhecimento.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can put residents' names in a handover pack.</source>
            <translation>Só um administrador pode pôr nomes de moradores em um pacote de transição.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The database is busy: another Madoguchi (perhaps a command-line import) is writing to it. Nothing was saved yet; try again in a moment.</source>
            <translation>O banco de dados está ocupado: outro Madoguchi (talvez uma importação pela linha de comando) está gravando nele. Nada foi salvo ainda; tente novamente em instantes.</translation>
        </message>
        <message>
            <location line="+91" />
            <source>This database was closed (after a change of user or a restore).</source>
            <translation>Este banco de dados foi fechado (após uma troca de usuário ou uma restauração).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Only an administrator can %1.</source>
            <translation>Só um administrador pode %1.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is on read-only media (or in a folder that cannot be written): it can be read and reported on, but nothing can be changed in it.</source>
            <translation>%1 está em uma mídia somente leitura (ou em uma pasta que não pode ser gravada): pode ser lido e usado em relatórios, mas nada pode ser alterado nele.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is on read-only media and was made by an older Madoguchi, so it cannot be updated to be read; copy it to this computer's disk first.</source>
            <translation>%1 está em uma mídia somente leitura e foi feito por um Madoguchi mais antigo, então não pode ser atualizado para ser lido; copie-o primeiro para o disco deste computador.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is empty (0 bytes), so it holds no records; it was kept as it is. Restore the newest backup instead.</source>
            <translation>%1 está vazio (0 bytes), então não contém registros; foi mantido como está. Restaure o backup mais recente.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/cells.py" line="+21" />
            <source>'%1' is not a date.</source>
            <translation>'%1' não é uma data.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is a date that does not exist.</source>
            <translation>'%1' é uma data que não existe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date is empty.</source>
            <translation>A data está vazia.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' has no year, and the sheet's title names no 年度: set the fiscal year in the mapping.</source>
            <translation>'%1' não tem ano, e o título da planilha não indica 年度: defina o ano fiscal no mapeamento.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/command.py" line="+64" />
            <source>Give --user NAME: the new town's first administrator.</source>
            <translation>Informe --user NOME: o primeiro administrador do novo município.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 is a mapping for a resident roster; add --roster.</source>
            <translation>%1 é um mapeamento para cadastro de moradores; adicione --roster.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/errors.py" line="+18" />
            <source>%1 is not an Excel workbook (.xlsx, .xls) or a CSV file. Nothing was imported.</source>
            <translation>%1 não é uma pasta de trabalho do Excel (.xlsx, .xls) nem um arquivo CSV. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is protected with a password: open it in Excel, remove the password, save it and try again. Nothing was imported.</source>
            <translation>%1 está protegido por senha: abra-o no Excel, remova a senha, salve e tente de novo. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than %2 MB, the most a table import reads. Nothing was imported.</source>
            <translation>%1 tem mais de %2 MB, o máximo que uma importação de tabela lê. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 unpacks to more than %2 MB, more than a table import reads. Nothing was imported.</source>
            <translation>%1 descompactado passa de %2 MB, mais do que uma importação de tabela lê. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 rows, the most a table import reads. Nothing was imported.</source>
            <translation>A planilha '%1' tem mais de %2 linhas, o máximo que uma importação de tabela lê. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 columns, the most a table import reads. Nothing was imported.</source>
            <translation>A planilha '%1' tem mais de %2 colunas, o máximo que uma importação de tabela lê. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1', row %2 has a cell of %3 characters or more, as long as Excel itself allows. Nothing was imported.</source>
            <translation>Planilha '%1', linha %2 tem uma célula de %3 caracteres ou mais, o máximo que o próprio Excel permite. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be read as a spreadsheet; it may be damaged. Nothing was imported.</source>
            <translation>Não foi possível ler %1 como planilha; pode estar danificado. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file at %1.</source>
            <translation>Não há arquivo em %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file has no sheet named '%1'. Nothing was imported.</source>
            <translation>O arquivo não tem uma planilha chamada '%1'. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This file was already imported on %1 by %2; importing it again would add its records twice. Nothing was imported.</source>
            <translation>Este arquivo já foi importado em %1 por %2; importá-lo de novo adicionaria os registros duas vezes. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 rows have problems (see the preview or the report); correct the file or the mapping, or choose to skip those rows. Nothing was imported.</source>
            <translation>%1 linhas têm problemas (veja a pré-visualização ou o relatório); corrija o arquivo ou o mapeamento, ou escolha ignorar essas linhas. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No row of the file can be imported. Nothing was imported.</source>
            <translation>Nenhuma linha do arquivo pode ser importada. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a Madoguchi mapping profile (%2). Nothing was imported.</source>
            <translation>%1 não é um perfil de mapeamento do Madoguchi (%2). Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/messages.py" line="-53" />
            <source>Blank row.</source>
            <translation>Linha em branco.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Above the header row (a title or a note).</source>
            <translation>Acima da linha de cabeçalho (um título ou uma nota).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The header row.</source>
            <translation>A linha de cabeçalho.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A total row (合計).</source>
            <translation>Uma linha de total (合計).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Struck through: a cancelled entry.</source>
            <translation>Riscado: um lançamento cancelado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marked as cancelled (取消).</source>
            <translation>Marcado como cancelado (取消).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A summary sheet with formulas.</source>
            <translation>Uma planilha de resumo com fórmulas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No header row with known column names.</source>
            <translation>Nenhuma linha de cabeçalho com nomes de coluna conhecidos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A hidden sheet (choose it to import it).</source>
            <translation>Uma planilha oculta (escolha-a para importá-la).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sheet was not chosen.</source>
            <translation>A planilha não foi escolhida.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped for its problems, as the mapping asks: %1</source>
            <translation>Ignorada por seus problemas, como o mapeamento pede: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 '%2' has no code: choose one in the mapping.</source>
            <translation>%1 '%2' não tem código: escolha um no mapeamento.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No value for “%1”: map a column to it or set a default in the mapping.</source>
            <translation>Sem valor para “%1”: associe uma coluna a ele ou defina um padrão no mapeamento.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No topic.</source>
            <translation>Sem assunto.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a time of day.</source>
            <translation>'%1' não é uma hora do dia.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a number of minutes.</source>
            <translation>'%1' não é um número de minutos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name matches %1 residents; tell them apart in Madoguchi first.</source>
            <translation>O nome corresponde a %1 moradores; diferencie-os no Madoguchi primeiro.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field '%1': %2</source>
            <translation>Campo '%1': %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New resident.</source>
            <translation>Novo morador.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matched an existing resident.</source>
            <translation>Corresponde a um morador existente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous.</source>
            <translation>Anônimo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not on the roster any more (moved out?): not changed, check by hand.</source>
            <translation>Não está mais no cadastro (mudou-se?): não alterado, confira à mão.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: %1 updated.</source>
            <translation>Correspondência: %1 atualizado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same name is already on the roster (sheet '%1', row %2).</source>
            <translation>O mesmo nome já está no cadastro (planilha '%1', linha %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: nothing to change.</source>
            <translation>Correspondência: nada a alterar.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/roster.py" line="+54" />
            <source>%1 is a mapping for a consultation log, not for a roster.</source>
            <translation>%1 é um mapeamento para um registro de consultas, não para um cadastro.</translation>
        </message>
        <message>
            <location filename="../app/reports/annual.py" line="+33" />
            <source>The annual report was not made: the hidden figure %1 cannot be protected together with the reports of this year issued before. Nothing was written.</source>
            <translation>O relatório anual não foi feito: o número oculto %1 não pode ser protegido junto com os relatórios deste ano já emitidos. Nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../app/kind_records.py" line="+52" />
            <source>That record no longer exists.</source>
            <translation>Esse registro não existe mais.</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="+74" />
            <source>%1 is not a category mapping (a JSON object with id, name and categories).</source>
            <translation>%1 não é um mapeamento de categorias (um objeto JSON com id, name e categories).</translation>
        </message>
        <message>
            <location filename="../app/reports/categories_cli.py" line="+23" />
            <source>%1 is not a category of %2; the categories are: %3.</source>
            <translation>%1 não é uma categoria de %2; as categorias são: %3.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 could not be read as JSON.</source>
            <translation>Não foi possível ler %1 como JSON.</translation>
        </message>
        <message>
            <location filename="../app/reports/datafile.py" line="+50" />
            <source>The annual data file needs the town's municipality code (全国地方公共団体コード): enter it in Settings → Reports.</source>
            <translation>O arquivo de dados anual precisa do código do município (全国地方公共団体コード): informe-o em Configurações → Relatórios.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The annual data file needs the town's name: enter it in Settings.</source>
            <translation>O arquivo de dados anual precisa do nome do município: informe-o em Configurações.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is too large to be an annual data file.</source>
            <translation>%1 é grande demais para ser um arquivo de dados anual.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 could not be read.</source>
            <translation>Não foi possível ler %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi annual data file.</source>
            <translation>%1 não é um arquivo de dados anual do Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was made by a newer Madoguchi (data format %2; this version reads up to %3): please update Madoguchi to read it.</source>
            <translation>%1 foi feito por um Madoguchi mais novo (formato de dados %2; esta versão lê até %3): atualize o Madoguchi para lê-lo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, newer than this Madoguchi knows (%3): please update Madoguchi to read it.</source>
            <translation>%1 usa listas de códigos da versão %2, mais nova do que este Madoguchi conhece (%3): atualize o Madoguchi para lê-lo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 does not follow the annual data format at %2 (%3); was it edited by hand?</source>
            <translation>%1 não segue o formato de dados anual em %2 (%3); foi editado à mão?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 does not add up: %2; was it edited by hand?</source>
            <translation>%1 não fecha: %2; foi editado à mão?</translation>
        </message>
        <message>
            <location line="+138" />
            <source>the municipality code's check digit</source>
            <translation>o dígito verificador do código do município</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the cut-off date</source>
            <translation>a data de corte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the cut-off date lies outside the fiscal year</source>
            <translation>a data de corte está fora do ano fiscal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>provisional, by the cut-off date</source>
            <translation>provisório ou não, pela data de corte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>exact or suppressed counts</source>
            <translation>contagens exatas ou ocultadas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>an x among exact counts</source>
            <translation>um x entre contagens exatas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 and the total of %2</source>
            <translation>%1 e o total de %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the months of %1</source>
            <translation>os meses de %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a month of %1 outside the fiscal year</source>
            <translation>um mês de %1 fora do ano fiscal</translation>
        </message>
        <message>
            <location filename="../app/reports/send.py" line="+23" />
            <source>Set the prefecture's address and the mail server in Settings first.</source>
            <translation>Defina primeiro o endereço da província e o servidor de e-mail em Configurações.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file to attach at %1.</source>
            <translation>Não há arquivo para anexar em %1.</translation>
        </message>
        <message>
            <location filename="../app/rollup/inputs.py" line="+19" />
            <source>Give at least one annual data file to roll up.</source>
            <translation>Informe pelo menos um arquivo de dados anual para consolidar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is for %2, not %3 like %4; a roll-up covers one fiscal year. Nothing was written.</source>
            <translation>%1 é de %2, não de %3 como %4; uma consolidação cobre um ano fiscal. Nada foi gravado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 and %2 are both from %3 (municipality code %4); give one file per town. Nothing was written.</source>
            <translation>%1 e %2 são ambos de %3 (código do município %4); informe um arquivo por município. Nada foi gravado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is provisional (records up to %2); roll up final files only, or ask for a provisional roll-up. Nothing was written.</source>
            <translation>%1 é provisório (registros até %2); consolide apenas arquivos definitivos ou peça uma consolidação provisória. Nada foi gravado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, which this Madoguchi cannot map to its own; nothing was written.</source>
            <translation>%1 usa listas de códigos da versão %2, que este Madoguchi não consegue mapear para as suas; nada foi gravado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is given twice. Nothing was written.</source>
            <translation>%1 foi informado duas vezes. Nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../app/rollup/report.py" line="-6" />
            <source>The roll-up was not written: the hidden figure %1 cannot be protected; nothing was written.</source>
            <translation>A consolidação não foi gravada: o número oculto %1 não pode ser protegido; nada foi gravado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The threshold is a whole number from 1 to 100 and the protection width one from 0 to 1000.</source>
            <translation>O limite é um número inteiro de 1 a 100 e a margem de proteção, de 0 a 1000.</translation>
        </message>
        <message>
            <location filename="../app/rollup/tables.py" line="+24" />
            <source>%1 does not add up (a table and its total differ); was it edited by hand? Nothing was written.</source>
            <translation>%1 não fecha (uma tabela e seu total diferem); foi editado à mão? Nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../app/devices.py" line="-2" />
            <source>%1 already exists; choose a new file name for the other device's copy.</source>
            <translation>%1 já existe; escolha um novo nome de arquivo para a cópia do outro dispositivo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No device %1 is known to this town.</source>
            <translation>Nenhum dispositivo %1 é conhecido neste município.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This device cannot revoke itself.</source>
            <translation>Este dispositivo não pode revogar a si mesmo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can add a device.</source>
            <translation>Só um administrador pode adicionar um dispositivo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can revoke a device.</source>
            <translation>Só um administrador pode revogar um dispositivo.</translation>
        </message>
        <message>
            <location filename="../app/exchange.py" line="+48" />
            <source>Some of these records were deleted from the database while the file was being imported. Nothing was imported.</source>
            <translation>Alguns destes registros foram excluídos do banco de dados durante a importação do arquivo. Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../app/exchange_apply.py" line="+32" />
            <source>A record refers to another record that is not here; nothing was changed.</source>
            <translation>Um registro se refere a outro registro que não está aqui; nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../app/sync/conflicts.py" line="+29" />
            <source>That conflict was already resolved.</source>
            <translation>Esse conflito já foi resolvido.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose mine, theirs or a new value for field %1.</source>
            <translation>Escolha o meu, o deles ou um novo valor para o campo %1.</translation>
        </message>
        <message>
            <location filename="../app/sync/engine.py" line="+40" />
            <source>Only an encrypted town can be synced between devices.</source>
            <translation>Só um município criptografado pode ser sincronizado entre dispositivos.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was written by this device; there is nothing to apply.</source>
            <translation>%1 foi gravado por este dispositivo; não há nada a aplicar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 comes from a device that was revoked; nothing was changed.</source>
            <translation>%1 vem de um dispositivo revogado; nada foi alterado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made by a newer Madoguchi (schema %2; this device has %3): update Madoguchi on this device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 foi feito por um Madoguchi mais novo (esquema %2; este dispositivo tem %3): atualize primeiro o Madoguchi neste dispositivo. Nada foi alterado e nada se perdeu.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 was made by an older Madoguchi (schema %2; this device has %3): update Madoguchi on the other device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 foi feito por um Madoguchi mais antigo (esquema %2; este dispositivo tem %3): atualize primeiro o Madoguchi no outro dispositivo. Nada foi alterado e nada se perdeu.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 holds a record this device cannot take (%2); nothing was changed.</source>
            <translation>%1 contém um registro que este dispositivo não pode aceitar (%2); nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../app/sync/folder.py" line="+27" />
            <source>The sync folder %1 cannot be reached; nothing was exchanged.</source>
            <translation>A pasta de sincronização %1 não está acessível; nada foi trocado.</translation>
        </message>
        <message>
            <location filename="../app/sync/packet.py" line="+28" />
            <source>%1 is not a Madoguchi sync packet.</source>
            <translation>%1 não é um pacote de sincronização do Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is a sync packet of another town; nothing was changed.</source>
            <translation>%1 é um pacote de sincronização de outro município; nada foi alterado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made with another key, or was changed after it was written; nothing was changed.</source>
            <translation>%1 foi feito com outra chave ou foi alterado depois de gravado; nada foi alterado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is too large for a sync packet; nothing was changed.</source>
            <translation>%1 é grande demais para um pacote de sincronização; nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../app/reports/schema_check.py" line="+96" />
            <source>matches none of the allowed forms</source>
            <translation>não corresponde a nenhuma das formas permitidas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not of the expected kind (%1)</source>
            <translation>não é do tipo esperado (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be %1</source>
            <translation>deveria ser %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be one of %1</source>
            <translation>deveria ser um de %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>should be at least %1</source>
            <translation>deveria ser pelo menos %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be at most %1</source>
            <translation>deveria ser no máximo %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>has more than %1 items</source>
            <translation>tem mais de %1 itens</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is too short</source>
            <translation>é curto demais</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is too long</source>
            <translation>é longo demais</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is not in the expected form</source>
            <translation>não está na forma esperada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>lacks %1</source>
            <translation>falta %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>has more than %1 entries</source>
            <translation>tem mais de %1 entradas</translation>
        </message>
        <message>
            <location line="+11" />
            <source>is not expected here</source>
            <translation>não é esperado aqui</translation>
        </message>
    </context>
    <context>
        <name>run_window</name>
        <message>
            <location filename="../ui/main.py" line="+53" />
            <source>The database %1 is missing, but its key file is there. Restore the database from a backup; no new database was made.</source>
            <translation>O banco de dados %1 está faltando, mas o arquivo de chave dele está lá. Restaure o banco de dados a partir de um backup; nenhum banco de dados novo foi criado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not a database file.</source>
            <translation>%1 não é um arquivo de banco de dados.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 não é criptografado; o Madoguchi guarda registros só em bancos de dados criptografados. Ele não foi alterado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>O arquivo de chave %1 está faltando ao lado do banco de dados, então ele não pode ser aberto.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The folder %1 does not exist; no database was made.</source>
            <translation>A pasta %1 não existe; nenhum banco de dados foi criado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot make its data folder %1 (%2).</source>
            <translation>O Madoguchi não consegue criar a pasta de dados %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../app/accounts.py" line="-422" />
            <source>Use at least 8 characters.</source>
            <translation>Use pelo menos 8 caracteres.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Not a usable user name.</source>
            <translation>Não é um nome de usuário utilizável.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too like the name of another user; choose another.</source>
            <translation>Parecido demais com o nome de outro usuário; escolha outro.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+412" />
            <location filename="../app/knowledge.py" line="-180" />
            <location filename="../app/reports/categories.py" line="-7" />
            <location filename="../app/reports/config.py" line="+104" />
            <location line="+8" />
            <location line="+2" />
            <location filename="../app/validation.py" line="+25" />
            <source>Not in the code list.</source>
            <translation>Não está na lista de códigos.</translation>
        </message>
        <message>
            <location line="-97" />
            <source>This user already exists.</source>
            <translation>Este usuário já existe.</translation>
        </message>
        <message>
            <location filename="../app/kinds.py" line="+273" />
            <source>Unknown code list.</source>
            <translation>Lista de códigos desconhecida.</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Use letters, digits and underscores only.</source>
            <translation>Use só letras, algarismos e sublinhados.</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="-10" />
            <location line="+3" />
            <location line="+5" />
            <location filename="../app/validation.py" line="-6" />
            <source>Required.</source>
            <translation>Obrigatório.</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Already in the list.</source>
            <translation>Já está na lista.</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="-55" />
            <source>That resident no longer exists.</source>
            <translation>Esse morador não existe mais.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+281" />
            <source>must be a list of codes.</source>
            <translation>deve ser uma lista de códigos.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>counts must be whole numbers.</source>
            <translation>as contagens devem ser números inteiros.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>each contact needs exactly 'app' and 'handle'.</source>
            <translation>cada contato precisa exatamente de 'app' e 'handle'.</translation>
        </message>
        <message>
            <location filename="../app/handover.py" line="-453" />
            <source>At most 20,000 characters.</source>
            <translation>No máximo 20.000 caracteres.</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="-4" />
            <source>Write the Japanese version first.</source>
            <translation>Escreva primeiro a versão em japonês.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One text per language.</source>
            <translation>Um texto por idioma.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="-19" />
            <location filename="../app/knowledge.py" line="+4" />
            <source>Each language needs a question and an answer.</source>
            <translation>Cada idioma precisa de uma pergunta e uma resposta.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not a real date (use YYYY-MM-DD).</source>
            <translation>Não é uma data real (use AAAA-MM-DD).</translation>
        </message>
        <message>
            <location filename="../app/reports/config.py" line="-22" />
            <location line="+2" />
            <location line="+4" />
            <location filename="../app/validation.py" line="+17" />
            <source>Out of range.</source>
            <translation>Fora do intervalo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>More foreign residents than residents.</source>
            <translation>Mais moradores estrangeiros do que moradores.</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="-33" />
            <source>A resident cannot be linked to themselves.</source>
            <translation>Um morador não pode ser vinculado a si mesmo.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="-16" />
            <source>Not a real time (use HH:MM).</source>
            <translation>Não é uma hora real (use HH:MM).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real date and time (use YYYY-MM-DD HH:MM; in a file, YYYY-MM-DDTHH:MM).</source>
            <translation>Data e hora inválidas (use YYYY-MM-DD HH:MM; em um arquivo, YYYY-MM-DDTHH:MM).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lies in the future.</source>
            <translation>Está no futuro.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time back is before time out.</source>
            <translation>A hora de volta é antes da hora de saída.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up date is before the event.</source>
            <translation>A data de retorno é antes do evento.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a name in native script or in Latin letters.</source>
            <translation>Digite um nome em escrita original ou em letras latinas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use katakana only.</source>
            <translation>Use só katakana.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A residence card number is 2 letters, 8 digits and 2 letters (AB12345678CD).</source>
            <translation>Um número de cartão de residente tem 2 letras, 8 algarismos e 2 letras (AB12345678CD).</translation>
        </message>
        <message>
            <location filename="../app/kinds.py" line="-225" />
            <source>Choose at least one topic.</source>
            <translation>Escolha pelo menos um assunto.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+4" />
            <source>Choose a resident, or the nationality for an anonymous record.</source>
            <translation>Escolha um morador, ou a nacionalidade para um registro anônimo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not an email address.</source>
            <translation>Não é um endereço de e-mail.</translation>
        </message>
        <message>
            <location line="+166" />
            <source>Choose the nationality of each row of unregistered attendees.</source>
            <translation>Escolha a nacionalidade de cada linha de participantes não registrados.</translation>
        </message>
        <message>
            <location filename="../app/reports/municipality.py" line="+10" />
            <source>A municipality code has six digits.</source>
            <translation>O código do município tem seis dígitos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The last digit of this municipality code does not match the others.</source>
            <translation>O último dígito deste código não confere com os outros.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A municipality code starts with a prefecture number from 01 to 47.</source>
            <translation>O código do município começa com o número da província, de 01 a 47.</translation>
        </message>
    </context>
</TS>
