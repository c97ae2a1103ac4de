<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>AccompanimentForm</name>
        <message>
            <location filename="../ui/field_labels.py" line="+10" />
            <location filename="../ui/forms/accompaniment.py" line="+36" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Time out</source>
            <translation>Hora de salida</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Time back</source>
            <translation>Hora de regreso</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Resident</source>
            <translation>Residente</translation>
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
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+7" />
            <source>Facility</source>
            <translation>Institución</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Department</source>
            <translation>Sección</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Accompanied by</source>
            <translation>Acompañado por</translation>
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
            <translation>Propósito</translation>
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
            <translation>Datos de salud (sensibles)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+10" />
            <source>Distance (round trip)</source>
            <translation>Distancia (ida y vuelta)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Transport cost</source>
            <translation>Costo de transporte</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Follow-up date</source>
            <translation>Fecha de seguimiento</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="-64" />
            <source>Accompaniment</source>
            <translation>Acompañamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment #%1</source>
            <translation>Acompañamiento n.º %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>When you left the office</source>
            <translation>Cuando salió de la oficina</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When you were back at the office</source>
            <translation>Cuando regresó a la oficina</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Facility or counter</source>
            <translation>Institución o ventanilla</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. 内科, 住民課</source>
            <translation>p. ej.: 内科, 住民課</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who went with the resident</source>
            <translation>Quién fue con el residente</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Sensitive personal information (要配慮個人情報): diagnoses, symptoms and treatment. Write only what the follow-up needs, and only with the resident's consent.</source>
            <translation>Datos personales sensibles (要配慮個人情報): diagnósticos, síntomas y tratamiento. Escriba solo lo que el seguimiento necesita, y solo con el consentimiento del residente.</translation>
        </message>
        <message>
            <location line="+12" />
            <source> km</source>
            <translation> km</translation>
        </message>
        <message>
            <location line="+6" />
            <source> yen</source>
            <translation> yenes</translation>
        </message>
    </context>
    <context>
        <name>AccompanimentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+39" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out</source>
            <translation>Salida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>Regreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Nombre (latino)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>Institución</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Sección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transport (yen)</source>
            <translation>Transporte (yenes)</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <location filename="../ui/pages/audit.py" line="+29" />
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>Modificado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Viewed</source>
            <translation>Consultado</translation>
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
            <translation>Informe generado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed</source>
            <translation>Impreso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup</source>
            <translation>Copia de seguridad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore</source>
            <translation>Restauración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged in</source>
            <translation>Inicio de sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged out</source>
            <translation>Cierre de sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed login</source>
            <translation>Inicio de sesión fallido</translation>
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
            <translation>Valores eliminados</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../ui/audit_text.py" line="+44" />
            <source>(deleted) %1</source>
            <translation>(eliminado) %1</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="+2" />
            <source>User account</source>
            <translation>Cuenta de usuario</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+24" />
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <location line="-21" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record ID (uuid; in a record's tooltip)</source>
            <translation>ID del registro (uuid; en la información emergente del registro)</translation>
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
            <translation>Acción</translation>
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
            <translation>Cambios</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Verify chain</source>
            <translation>Verificar la cadena</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check that no audit row was altered or removed since it was written</source>
            <translation>Verificar que ninguna fila de auditoría fue alterada o eliminada desde que se escribió</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Any user</source>
            <translation>Cualquier usuario</translation>
        </message>
        <message>
            <location line="+35" />
            <source>(values removed when the record was purged)</source>
            <translation>(valores eliminados cuando se depuró el registro)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The newest %1 rows; narrow the filter to see older ones.</source>
            <translation>Las %1 filas más recientes; acote el filtro para ver las anteriores.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln fila</numerusform>
                <numerusform>%Ln filas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>The audit trail is intact (%1 rows).</source>
            <translation>El registro de auditoría está íntegro (%1 filas).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audit row %1 was altered or removed.</source>
            <translation>La fila de auditoría %1 fue alterada o eliminada.</translation>
        </message>
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <location filename="../ui/pages/backup_box.py" line="+29" />
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change folder…</source>
            <translation>Cambiar carpeta…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back up now</source>
            <translation>Hacer copia de seguridad ahora</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore from a backup…</source>
            <translation>Restaurar desde una copia de seguridad…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A verified, encrypted backup is made at the first start of each day and before every import, restore and purge; 7 daily, 4 weekly and 12 monthly are kept.</source>
            <translation>Se hace una copia de seguridad cifrada y verificada al primer inicio de cada día y antes de cada importación, restauración y depuración; se guardan 7 diarias, 4 semanales y 12 mensuales.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Folder for backups</source>
            <translation>Carpeta para copias de seguridad</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore %1? The current database is kept aside, never deleted, and the window opens again on the restored records.</source>
            <translation>¿Restaurar %1? La base de datos actual se guarda aparte, nunca se elimina, y la ventana se abre de nuevo con los registros restaurados.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Backed up to %1</source>
            <translation>Copia de seguridad guardada en %1</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonForm</name>
        <message>
            <location filename="../ui/field_labels.py" line="+78" />
            <location filename="../ui/forms/directory.py" line="+85" />
            <source>Name</source>
            <translation>Nombre</translation>
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
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+7" />
            <source>SNS contacts</source>
            <translation>Contactos en redes sociales</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+3" />
            <source>Area</source>
            <translation>Zona</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+3" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="-25" />
            <source>Bridge person</source>
            <translation>Persona puente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person #%1</source>
            <translation>Persona puente n.º %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Where they can help, e.g. a district</source>
            <translation>Dónde puede ayudar, p. ej.: un barrio</translation>
        </message>
        <message>
            <location line="+9" />
            <source>ID or phone number</source>
            <translation>ID o número de teléfono</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-33" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>Zona</translation>
        </message>
    </context>
    <context>
        <name>CardTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="+59" />
            <source>Period of stay ends</source>
            <translation>Fin del período de estadía</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In</source>
            <translation>En</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Residence status</source>
            <translation>Estatus de residencia</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln día</numerusform>
                <numerusform>%Ln días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>ended %Ln day(s) ago</source>
            <translation>
                <numerusform>terminó hace %Ln día</numerusform>
                <numerusform>terminó hace %Ln días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <location filename="../ui/pages/categories_dialog.py" line="+32" />
            <source>Other bodies' categories</source>
            <translation>Categorías de otros organismos</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Topics counted in this category</source>
            <translation>Temas contados en esta categoría</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Back to the shipped example</source>
            <translation>Volver al ejemplo incluido</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Topics in no category (counted as unmapped): %1</source>
            <translation>Temas sin categoría (contados como sin asignar): %1</translation>
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
            <translation>Ofrecido en los formularios</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Japanese label</source>
            <translation>Etiqueta en japonés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English label</source>
            <translation>Etiqueta en inglés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>Orden</translation>
        </message>
    </context>
    <context>
        <name>CodeList</name>
        <message>
            <location filename="../ui/labels.py" line="+73" />
            <source>Consultation topics</source>
            <translation>Temas de consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS apps</source>
            <translation>Aplicaciones de redes sociales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>Destinos de acompañamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>Tipos de sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>Temas de sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence statuses</source>
            <translation>Estatus de residencia</translation>
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
            <translation>Tipos de organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent methods</source>
            <translation>Formas de consentimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household relations</source>
            <translation>Relaciones en el hogar</translation>
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
            <translation>Fila de encabezado y columnas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each column's field is guessed from its header name; change it where the guess is wrong. Columns Madoguchi does not know are kept in the notes.</source>
            <translation>El campo de cada columna se deduce del nombre del encabezado; cámbielo donde la deducción sea errónea. Las columnas que Madoguchi no conoce se guardan en las notas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheet</source>
            <translation>Hoja</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Header row</source>
            <translation>Fila de encabezado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Example</source>
            <translation>Ejemplo</translation>
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
            <translation>Detectado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>Qué difiere</translation>
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
            <translation>Otro dispositivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep</source>
            <translation>Conservar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All mine</source>
            <translation>Todos los míos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All theirs</source>
            <translation>Todos los del otro</translation>
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
            <translation>%1 conflictos abiertos. Un registro modificado en dos dispositivos desde la última sincronización se conserva tal cual en cada uno hasta que usted elija, campo por campo, qué valor conservar.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>deleted on this device</source>
            <translation>eliminado en este dispositivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deleted on the other device</source>
            <translation>eliminado en el otro dispositivo</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consultation</source>
            <translation>Consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>Acompañamiento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>Persona puente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>Entrada de conocimiento</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No conflict chosen.</source>
            <translation>No se ha elegido ningún conflicto.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deleted on one device and changed on the other. Keep the record, or its deletion?</source>
            <translation>Eliminado en un dispositivo y modificado en el otro. ¿Conservar el registro o su eliminación?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the value to keep for each field.</source>
            <translation>Elija el valor que se conserva en cada campo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The record</source>
            <translation>El registro</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>deleted</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>kept</source>
            <translation>conservado</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Mine</source>
            <translation>Mío</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>Del otro</translation>
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
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Time spent</source>
            <translation>Tiempo dedicado</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+9" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Nationality (anonymous)</source>
            <translation>Nacionalidad (anónimo)</translation>
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
            <translation>Aplicación de red social</translation>
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
            <translation>Temas</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>What was asked</source>
            <translation>Qué se preguntó</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>What was done</source>
            <translation>Qué se hizo</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Referred to</source>
            <translation>Derivado a</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Follow-up date</source>
            <translation>Fecha de seguimiento</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+14" />
            <source>Suggested answers</source>
            <translation>Respuestas sugeridas</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="-78" />
            <source>Consultation</source>
            <translation>Consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation #%1</source>
            <translation>Consulta n.º %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Anonymous</source>
            <translation>Anónimo</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+11" />
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Nombre (latino)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>Lo que se consultó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Nacionalidad</translation>
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
            <translation>Temas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
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
            <translation>Todos los registros en un archivo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export all records…</source>
            <translation>Exportar todos los registros…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import records…</source>
            <translation>Importar registros…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export all records</source>
            <translation>Exportar todos los registros</translation>
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
            <translation>Exportado a %1: %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported from %1: %2</source>
            <translation>Importado desde %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../ui/widgets.py" line="+172" />
            <source>Pick a date</source>
            <translation>Elegir una fecha</translation>
        </message>
        <message>
            <location line="+44" />
            <source>not a date</source>
            <translation>no es una fecha</translation>
        </message>
    </context>
    <context>
        <name>DevicesBox</name>
        <message>
            <location filename="../ui/pages/devices.py" line="+63" />
            <source>Sync between devices</source>
            <translation>Sincronización entre dispositivos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose folder…</source>
            <translation>Elegir carpeta…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+60" />
            <source>Sync folder</source>
            <translation>Carpeta de sincronización</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Each device writes an encrypted packet of its changes to this folder (a shared folder or a USB stick) and reads the others' packets. It also happens at login and logout when the folder can be reached.</source>
            <translation>Cada dispositivo escribe un paquete cifrado con sus cambios en esta carpeta (una carpeta compartida o una memoria USB) y lee los paquetes de los demás. También ocurre al iniciar y cerrar sesión cuando la carpeta está accesible.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Devices of this town</source>
            <translation>Dispositivos de este municipio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device</source>
            <translation>Dispositivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last heard from</source>
            <translation>Último contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes not yet confirmed</source>
            <translation>Cambios aún no confirmados</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add device…</source>
            <translation>Añadir dispositivo…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+86" />
            <location line="+20" />
            <location line="+9" />
            <source>Revoke device</source>
            <translation>Revocar dispositivo</translation>
        </message>
        <message>
            <location line="-100" />
            <source>(none chosen)</source>
            <translation>(ninguna elegida)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this device</source>
            <translation>este dispositivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>revoked</source>
            <translation>revocado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open conflicts: %1</source>
            <translation>Conflictos abiertos: %1</translation>
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
            <translation>Copia de este municipio para otro dispositivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Madoguchi database (*.db)</source>
            <translation>Base de datos de Madoguchi (*.db)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add device</source>
            <translation>Añadir dispositivo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device %1 added. Copy both files (%2 and its .keys file) to the other device's data folder.</source>
            <translation>Dispositivo %1 añadido. Copie ambos archivos (%2 y su archivo .keys) a la carpeta de datos del otro dispositivo.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Refuse every packet of device %1 from now on, on every device, and give this database a new key? Do this for a lost or retired device.</source>
            <translation>¿Rechazar desde ahora todos los paquetes del dispositivo %1, en todos los dispositivos, y dar una clave nueva a esta base de datos? Hágalo con un dispositivo perdido o retirado.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Revoking device…</source>
            <translation>Revocando el dispositivo…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Device %1 is revoked, but this database was not re-keyed: the accounts %2 were made by an older Madoguchi and change at their next login; revoke the device again after that.</source>
            <translation>El dispositivo %1 está revocado, pero esta base de datos no cambió de clave: las cuentas %2 las creó un Madoguchi más antiguo y cambian en su próximo inicio de sesión; revoque el dispositivo de nuevo después.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Device %1 is revoked and this database has a new key: backups made from now on cannot be opened with the lost device's key.</source>
            <translation>El dispositivo %1 está revocado y esta base de datos tiene una clave nueva: las copias de seguridad hechas desde ahora no se pueden abrir con la clave del dispositivo perdido.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No other device was left, so the town has a new sync key: devices added from now on get it; the lost device's packets are refused.</source>
            <translation>No quedaba ningún otro dispositivo, así que el municipio tiene una clave de sincronización nueva: los dispositivos que se añadan desde ahora la reciben; los paquetes del dispositivo perdido se rechazan.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+76" />
            <source>Organisations</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge persons</source>
            <translation>Personas puente</translation>
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
            <translation>Los registros están en Madoguchi; cada uno guarda el archivo, la hoja y la fila de origen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the import report (CSV)…</source>
            <translation>Guardar el informe de importación (CSV)…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 residents were added and %2 updated; %3 not on the roster are listed in the report to check. A backup was made first.</source>
            <translation>Se agregaron %1 residentes y se actualizaron %2; %3 que no están en el padrón figuran en el informe para revisar. Antes se hizo una copia de seguridad.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 consultations were imported; %2 residents were added and %3 already known ones were linked. A backup was made first.</source>
            <translation>Se importaron %1 consultas; se agregaron %2 residentes y se vincularon %3 ya conocidos. Antes se hizo una copia de seguridad.</translation>
        </message>
    </context>
    <context>
        <name>DueTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="-41" />
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consulted</source>
            <translation>Consultado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>Qué se preguntó</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../ui/errors.py" line="+26" />
            <source>Something unexpected went wrong (%1). Your saved records are safe; what happened was written to %2 for your IT staff.</source>
            <translation>Ocurrió un error inesperado (%1). Sus registros guardados están seguros; lo ocurrido se anotó en %2 para el personal de informática.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-411" />
            <source>Choose the file and its sheets</source>
            <translation>Elija el archivo y sus hojas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An Excel workbook (.xlsx, .xls) or a CSV file: an old log of consultations, or the resident roster. Nothing is written until the last step.</source>
            <translation>Un libro de Excel (.xlsx, .xls) o un archivo CSV: un registro antiguo de consultas o el padrón de residentes. No se escribe nada hasta el último paso.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A log of consultations</source>
            <translation>Un registro de consultas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The resident roster (住民基本台帳 extract)</source>
            <translation>El padrón de residentes (extracto del 住民基本台帳)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file holds:</source>
            <translation>El archivo contiene:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+54" />
            <source>Mapping profile: none (guessed from the file)</source>
            <translation>Perfil de asignación: ninguno (deducido del archivo)</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Load mapping profile…</source>
            <translation>Cargar perfil de asignación…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheets to import:</source>
            <translation>Hojas a importar:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reading the file…</source>
            <translation>Leyendo el archivo…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 (%2 rows)</source>
            <translation>%1 (%2 filas)</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Mapping profile: %1</source>
            <translation>Perfil de asignación: %1</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../ui/first_run.py" line="+86" />
            <source>Madoguchi — first start</source>
            <translation>Madoguchi — primer inicio</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Welcome to Madoguchi</source>
            <translation>Bienvenido a Madoguchi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no database here yet. Madoguchi will make a new encrypted database in:</source>
            <translation>Todavía no hay una base de datos aquí. Madoguchi creará una nueva base de datos cifrada en:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>First, the town's name and the administrator: the clerk who looks after Madoguchi, adds the other users and keeps the recovery code.</source>
            <translation>Primero, el nombre del municipio y el administrador: el funcionario que se encarga de Madoguchi, agrega a los demás usuarios y guarda el código de recuperación.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>Al menos %1 caracteres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (Japanese)</source>
            <translation>Nombre del municipio (japonés)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator's user name</source>
            <translation>Nombre de usuario del administrador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password again</source>
            <translation>Repita la contraseña</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the database</source>
            <translation>Crear la base de datos</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Please enter the town's name.</source>
            <translation>Escriba el nombre del municipio.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please enter a user name for the administrator.</source>
            <translation>Escriba un nombre de usuario para el administrador.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use at least %1 characters for the password.</source>
            <translation>Use al menos %1 caracteres en la contraseña.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two passwords are not the same.</source>
            <translation>Las dos contraseñas no son iguales.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The folder %1 does not exist.</source>
            <translation>La carpeta %1 no existe.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The recovery code</source>
            <translation>El código de recuperación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If every administrator password is lost, only this code opens the database. It is shown now and never again, and Madoguchi does not keep it.</source>
            <translation>Si se pierden todas las contraseñas de administrador, solo este código abre la base de datos. Se muestra ahora y nunca más, y Madoguchi no lo guarda.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print it, or write it down by hand, and keep the paper in the office safe. Do not keep it on this computer or in email.</source>
            <translation>Imprímalo o anótelo a mano, y guarde el papel en la caja fuerte de la oficina. No lo guarde en esta computadora ni en un correo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printing is not available here. Write the code down by hand now and keep the paper in the office safe. Save it as a text file only to print it elsewhere, then delete the file.</source>
            <translation>No se puede imprimir aquí. Anote el código a mano ahora y guarde el papel en la caja fuerte de la oficina. Guárdelo como archivo de texto solo para imprimirlo en otro lugar y después elimine el archivo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save as text file…</source>
            <translation>Guardar como archivo de texto…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I have written down or printed the recovery code</source>
            <translation>Anoté o imprimí el código de recuperación</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Finish and open Madoguchi</source>
            <translation>Terminar y abrir Madoguchi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Madoguchi recovery code</source>
            <translation>Código de recuperación de Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep this paper in the office safe. Anyone who has it and the database file can read every record.</source>
            <translation>Guarde este papel en la caja fuerte de la oficina. Quien lo tenga junto con el archivo de la base de datos puede leer todos los registros.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Sent to the printer.</source>
            <translation>Enviado a la impresora.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save the recovery code</source>
            <translation>Guardar el código de recuperación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt)</source>
            <translation>Texto (*.txt)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not save: %1</source>
            <translation>No se pudo guardar: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved. Print it, then delete the file.</source>
            <translation>Guardado. Imprímalo y después elimine el archivo.</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <location filename="../ui/pages/today.py" line="+52" />
            <source>First steps</source>
            <translation>Primeros pasos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This town has no records yet. A new town usually starts so:</source>
            <translation>Este municipio todavía no tiene registros. Normalmente se empieza así:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1. The town's name and the report settings</source>
            <translation>1. El nombre del municipio y la configuración de informes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2. Accounts for the staff (the CIR, a colleague)</source>
            <translation>2. Cuentas para el personal (el CIR, un colega)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3. Old records from Excel or CSV, and the roster</source>
            <translation>3. Registros antiguos en Excel o CSV, y el padrón de residentes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4. A knowledge pack from another town</source>
            <translation>4. Un paquete de conocimiento de otro municipio</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <location filename="../ui/jobs.py" line="+125" />
            <source>Unexpected error (%1).</source>
            <translation>Error inesperado (%1).</translation>
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
            <translation>Borrador</translation>
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
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation</source>
            <translation>Consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>Acompañamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>Persona puente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>Entrada de conocimiento</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeForm</name>
        <message>
            <location filename="../ui/field_labels.py" line="+54" />
            <location filename="../ui/forms/knowledge.py" line="+51" />
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+16" />
            <source>Question and answer</source>
            <translation>Pregunta y respuesta</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+5" />
            <source>Documents to bring</source>
            <translation>Documentos que debe llevar</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+12" />
            <source>Organisations that help</source>
            <translation>Organizaciones que ayudan</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Last reviewed</source>
            <translation>Última revisión</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="-48" />
            <source>Knowledge entry</source>
            <translation>Entrada de conocimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry #%1</source>
            <translation>Entrada de conocimiento n.º %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Add language…</source>
            <translation>Agregar idioma…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>For example: 在留カード, マイナンバーカード</source>
            <translation>Por ejemplo: 在留カード, マイナンバーカード</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePack</name>
        <message>
            <location filename="../ui/kb_pack.py" line="+22" />
            <source>Knowledge pack from %1: %2 new, %3 changed, %4 already here; %5 organisations to add. Import it?</source>
            <translation>Paquete de conocimiento de %1: %2 nuevas, %3 modificadas, %4 ya existentes; %5 organizaciones por agregar. ¿Importarlo?</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import a knowledge pack</source>
            <translation>Importar un paquete de conocimiento</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export a knowledge pack</source>
            <translation>Exportar un paquete de conocimiento</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 published entries were written to %2.</source>
            <translation>Se escribieron %1 entradas publicadas en %2.</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <location filename="../ui/pages/knowledge.py" line="+57" />
            <source>Search questions and answers, in any language</source>
            <translation>Buscar preguntas y respuestas, en cualquier idioma</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Any topic</source>
            <translation>Cualquier tema</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show drafts</source>
            <translation>Mostrar borradores</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New entry…</source>
            <translation>Nueva entrada…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New knowledge entry (Ctrl+N)</source>
            <translation>Nueva entrada de conocimiento (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Knowledge packs</source>
            <translation>Paquetes de conocimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share the published entries with another town, or take theirs in</source>
            <translation>Compartir las entradas publicadas con otro municipio, o traer las suyas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import a knowledge pack…</source>
            <translation>Importar un paquete de conocimiento…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export a knowledge pack…</source>
            <translation>Exportar un paquete de conocimiento…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last reviewed</source>
            <translation>Última revisión</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Used</source>
            <translation>Usada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Copy for SNS</source>
            <translation>Copiar para redes sociales</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the question and answer in the chosen language, as plain text for Messenger, Zalo or LINE</source>
            <translation>Copiar la pregunta y la respuesta en el idioma elegido, como texto simple para Messenger, Zalo o LINE</translation>
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
            <translation>La respuesta sigue siendo correcta: registrar hoy como fecha de revisión</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Due</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not reviewed for a year: check the answer is still right</source>
            <translation>Sin revisión desde hace un año: compruebe que la respuesta sigue siendo correcta</translation>
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
            <translation>Ninguna entrada elegida</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Documents to bring:</source>
            <translation>Documentos que debe llevar:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisations that help:</source>
            <translation>Organizaciones que ayudan:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Never reviewed</source>
            <translation>Nunca revisada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last reviewed %1 by %2</source>
            <translation>Última revisión %1 por %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last reviewed %1</source>
            <translation>Última revisión %1</translation>
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
            <translation>Marcada como revisada hoy</translation>
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
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this language</source>
            <translation>Quitar este idioma</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../ui/pages/list_page.py" line="+50" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Any topic</source>
            <translation>Cualquier tema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any language</source>
            <translation>Cualquier idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any nationality</source>
            <translation>Cualquier nacionalidad</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New…</source>
            <translation>Nuevo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New record (Ctrl+N)</source>
            <translation>Nuevo registro (Ctrl+N)</translation>
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
            <translation>Madoguchi — iniciar sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked. Log in to continue, or log in as another user.</source>
            <translation>Bloqueado. Inicie sesión para continuar, o entre como otro usuario.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log in to Madoguchi</source>
            <translation>Iniciar sesión en Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database: %1</source>
            <translation>Base de datos: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Demo town: user %1 or %2, password %3</source>
            <translation>Municipio de demostración: usuario %1 o %2, contraseña %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the recovery code…</source>
            <translation>Usar el código de recuperación…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Log in</source>
            <translation>Entrar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit Madoguchi</source>
            <translation>Salir de Madoguchi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Enter your user name and password.</source>
            <translation>Escriba su nombre de usuario y contraseña.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The backup was restored. Log in again.</source>
            <translation>La copia de seguridad se restauró. Inicie sesión de nuevo.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Opening the database… The first login after an update prepares the file once; on a large town this can take a minute.</source>
            <translation>Abriendo la base de datos… El primer inicio de sesión después de una actualización prepara el archivo una sola vez; en un municipio grande puede tardar alrededor de un minuto.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+30" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residents</source>
            <translation>Residentes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations</source>
            <translation>Consultas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniments</source>
            <translation>Acompañamientos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Directory</source>
            <translation>Directorio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge</source>
            <translation>Conocimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handover</source>
            <translation>Traspaso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Users</source>
            <translation>Usuarios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit</source>
            <translation>Auditoría</translation>
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
            <translation>Buscar</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Search residents and consultations (Ctrl+F): any script, any name form</source>
            <translation>Buscar residentes y consultas (Ctrl+F): cualquier escritura, cualquier forma del nombre</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Find</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New record</source>
            <translation>Nuevo registro</translation>
        </message>
        <message>
            <location line="+143" />
            <source>administrator</source>
            <translation>administrador</translation>
        </message>
        <message>
            <location line="+0" />
            <source>staff</source>
            <translation>personal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock / switch user</source>
            <translation>Bloquear / cambiar de usuario</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock the window, or let another user log in (Ctrl+L)</source>
            <translation>Bloquear la ventana o dejar que otro usuario inicie sesión (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>MeasuresDialog</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+51" />
            <source>Special allocation tax measures</source>
            <translation>Medidas del impuesto de asignación especial</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consultation topics</source>
            <translation>Temas de consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations with interpreter</source>
            <translation>Consultas con intérprete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>Tipos de sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>Temas de sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>Destinos de acompañamiento</translation>
        </message>
    </context>
    <context>
        <name>OldRecordsBox</name>
        <message>
            <location filename="../ui/table_import.py" line="+171" />
            <source>Old records from Excel or CSV</source>
            <translation>Registros antiguos de Excel o CSV</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import from Excel/CSV…</source>
            <translation>Importar de Excel/CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A consultation log kept in Excel or CSV, or the resident roster: preview every row first, then import all or nothing.</source>
            <translation>Un registro de consultas llevado en Excel o CSV, o el padrón de residentes: revise cada fila primero y luego importe todo o nada.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <location filename="../ui/field_labels.py" line="-64" />
            <location filename="../ui/forms/directory.py" line="-82" />
            <source>Name</source>
            <translation>Nombre</translation>
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
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages spoken</source>
            <translation>Idiomas hablados</translation>
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
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="-22" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation #%1</source>
            <translation>Organización n.º %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>An interpreter can be arranged</source>
            <translation>Se puede conseguir un intérprete</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-30" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
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
            <translation>Dirección</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+39" />
            <source>SMTP password</source>
            <translation>Contraseña SMTP</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password for %1 at %2</source>
            <translation>Contraseña de %1 en %2</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../ui/pages/users.py" line="+73" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember it in this computer's keyring</source>
            <translation>Recordarla en el llavero de esta computadora</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No secure keyring is available, so Madoguchi asks every time.</source>
            <translation>No hay un llavero seguro disponible, así que Madoguchi la pide cada vez.</translation>
        </message>
        <message>
            <location filename="../ui/pages/users.py" line="-19" />
            <source>Add user</source>
            <translation>Agregar usuario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set password for %1</source>
            <translation>Establecer la contraseña de %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>Al menos %1 caracteres</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Password again</source>
            <translation>Repita la contraseña</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Staff can keep records and make the aggregated reports. Only administrators manage users and settings, export personal data and delete data for good.</source>
            <translation>El personal puede llevar registros y hacer los informes agregados. Solo los administradores gestionan usuarios y configuración, exportan datos personales y eliminan datos definitivamente.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The two passwords are not the same.</source>
            <translation>Las dos contraseñas no son iguales.</translation>
        </message>
    </context>
    <context>
        <name>Person</name>
        <message>
            <location filename="../ui/labels.py" line="+72" />
            <source>Anonymous (%1)</source>
            <translation>Anónimo (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nationality unknown</source>
            <translation>nacionalidad desconocida</translation>
        </message>
    </context>
    <context>
        <name>PrefecturePage</name>
        <message>
            <location filename="../ui/pages/prefecture.py" line="+42" />
            <source>Madoguchi — prefecture roll-up</source>
            <translation>Madoguchi — consolidado de la prefectura</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add the annual data files (.json) the towns sent, check them, then make the prefecture's report (PDF, Excel and CSV). No town database is needed.</source>
            <translation>Añada los archivos de datos anuales (.json) que enviaron los municipios, revíselos y genere el informe de la prefectura (PDF, Excel y CSV). No se necesita la base de datos del municipio.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add files…</source>
            <translation>Añadir archivos…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove all</source>
            <translation>Quitar todos</translation>
        </message>
        <message>
            <location line="+8" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Town</source>
            <translation>Municipio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Municipality code</source>
            <translation>Código del municipio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counts</source>
            <translation>Cifras</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Accept provisional files (the roll-up is then provisional)</source>
            <translation>Aceptar archivos provisionales (el consolidado será provisional)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Counts from 1 to one less than this are hidden as x in the prefecture's report.</source>
            <translation>Las cifras de 1 hasta una menos que este valor se ocultan como x en el informe de la prefectura.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide counts below</source>
            <translation>Ocultar cifras menores que</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check the files</source>
            <translation>Revisar los archivos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the prefecture's report…</source>
            <translation>Generar el informe de la prefectura…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Annual data files</source>
            <translation>Archivos de datos anuales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual data files (*.json)</source>
            <translation>Archivos de datos anuales (*.json)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the prefecture's report in</source>
            <translation>Guardar el informe de la prefectura en</translation>
        </message>
        <message>
            <location line="+39" />
            <source>exact</source>
            <translation>exactas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>suppressed</source>
            <translation>con reserva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>provisional to %1</source>
            <translation>provisional hasta %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>final</source>
            <translation>definitivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 files of %2 are ready to roll up.</source>
            <translation>%1 de %2 archivos están listos para consolidar.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Making the prefecture's report…</source>
            <translation>Generando el informe de la prefectura…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved:</source>
            <translation>Guardado:</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+183" />
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every row of the file and what will become of it. The import adds all of it, or nothing.</source>
            <translation>Cada fila del archivo y lo que pasará con ella. La importación agrega todo o nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import the other rows, and list rows with problems as skipped</source>
            <translation>Importar las demás filas y listar las filas con problemas como omitidas</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile…</source>
            <translation>Guardar perfil de asignación…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save preview as CSV…</source>
            <translation>Guardar vista previa como CSV…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 rows: %2 new residents, %3 to update, %4 unchanged, %5 skipped, %6 with problems; %7 residents in Madoguchi are not on the roster (listed to check; they are not changed).</source>
            <translation>%1 filas: %2 residentes nuevos, %3 por actualizar, %4 sin cambios, %5 omitidas, %6 con problemas; %7 residentes en Madoguchi no están en el padrón (listados para revisar; no se modifican).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 rows: %2 to import, %3 skipped, %4 with problems. Residents: %5 new, %6 already in Madoguchi.</source>
            <translation>%1 filas: %2 por importar, %3 omitidas, %4 con problemas. Residentes: %5 nuevos, %6 ya en Madoguchi.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rows with problems stop the import: correct the file or the mapping (Back), or tick the box above.</source>
            <translation>Las filas con problemas detienen la importación: corrija el archivo o la asignación (Atrás), o marque la casilla de arriba.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile</source>
            <translation>Guardar perfil de asignación</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Mapping profile saved: %1</source>
            <translation>Perfil de asignación guardado: %1</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../ui/qt_strings.py" line="+10" />
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>&amp;Sí</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Cerrar</translation>
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
            <translation>Restablecer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../ui/forms/base.py" line="+62" />
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>This record was also changed on another device: it has an open conflict (Settings › Conflicts).</source>
            <translation>Este registro también se modificó en otro dispositivo: tiene un conflicto abierto (Configuración › Conflictos).</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Please correct the fields marked in red.</source>
            <translation>Corrija los campos marcados en rojo.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this record? This cannot be undone.</source>
            <translation>¿Eliminar este registro? No se puede deshacer.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This record has changes that are not saved. Save them?</source>
            <translation>Este registro tiene cambios sin guardar. ¿Guardarlos?</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../ui/login.py" line="+56" />
            <source>Use the recovery code</source>
            <translation>Usar el código de recuperación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the recovery code from the paper kept in the office safe. Then choose a new password for the administrator.</source>
            <translation>Escriba el código de recuperación del papel guardado en la caja fuerte de la oficina. Luego elija una nueva contraseña para el administrador.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Check the code</source>
            <translation>Verificar el código</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation>Código de recuperación</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Administrator</source>
            <translation>Administrador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password</source>
            <translation>Nueva contraseña</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password again</source>
            <translation>Repita la nueva contraseña</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Set password and log in</source>
            <translation>Establecer contraseña y entrar</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This database has no active administrator.</source>
            <translation>Esta base de datos no tiene un administrador activo.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The two passwords are not the same.</source>
            <translation>Las dos contraseñas no son iguales.</translation>
        </message>
    </context>
    <context>
        <name>ReportSettingsBox</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+36" />
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counts from 1 to one less than this are hidden as x in the annual report.</source>
            <translation>Los recuentos de 1 hasta uno menos que este número se ocultan como x en el informe anual.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>same as above</source>
            <translation>igual que arriba</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A hidden count is protected when a reader of every table published this year cannot narrow it to a range narrower than this.</source>
            <translation>Un número oculto está protegido cuando quien lee todas las tablas publicadas este año no puede acotarlo a un rango más estrecho que este.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>from the town's name</source>
            <translation>según el nombre del municipio</translation>
        </message>
        <message>
            <location line="+10" />
            <source>全国地方公共団体コード: six digits, the last one a check digit.</source>
            <translation>全国地方公共団体コード (código del municipio): seis dígitos, el último es un dígito de control.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>suppressed counts, as in the report</source>
            <translation>cifras con reserva, como en el informe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exact counts, for the prefecture to suppress</source>
            <translation>cifras exactas, para que la prefectura aplique la reserva</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Special allocation tax measures…</source>
            <translation>Medidas del impuesto de asignación especial…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other bodies' categories…</source>
            <translation>Categorías de otros organismos…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide counts below</source>
            <translation>Ocultar recuentos menores que</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protection width</source>
            <translation>Ancho de protección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality</source>
            <translation>Tipo de municipio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality code</source>
            <translation>Código del municipio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The annual data file carries</source>
            <translation>El archivo de datos anual lleva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town population</source>
            <translation>Población del municipio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Foreign residents</source>
            <translation>Residentes extranjeros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Sección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact (mail signature)</source>
            <translation>Contacto (firma del correo)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sending to the prefecture</source>
            <translation>Envío a la prefectura</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Use STARTTLS</source>
            <translation>Usar STARTTLS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Forget the saved password</source>
            <translation>Olvidar la contraseña guardada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prefecture's address</source>
            <translation>Dirección de la prefectura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From address</source>
            <translation>Dirección del remitente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation>Asunto del correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mail server (SMTP)</source>
            <translation>Servidor de correo (SMTP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save report settings</source>
            <translation>Guardar configuración de informes</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password is kept only in this computer's keyring, never in a file.</source>
            <translation>La contraseña se guarda solo en el llavero de esta computadora, nunca en un archivo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No secure keyring here: Madoguchi asks for the password every time.</source>
            <translation>No hay un llavero seguro aquí: Madoguchi pide la contraseña cada vez.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/pages/reports.py" line="+49" />
            <source>Monthly report</source>
            <translation>Informe mensual</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual report for the prefecture</source>
            <translation>Informe anual para la prefectura</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Preview</source>
            <translation>Vista previa</translation>
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
            <translation>Abrir el archivo generado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Email draft for the prefecture…</source>
            <translation>Borrador de correo para la prefectura…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture…</source>
            <translation>Enviar a la prefectura…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attach the annual data file (for the prefecture's roll-up)</source>
            <translation>Adjuntar el archivo de datos anual (para el consolidado de la prefectura)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Save the report in</source>
            <translation>Guardar el informe en</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Records with open sync conflicts: %1. The report counts them as they stand on this device (Settings › Conflicts).</source>
            <translation>Registros con conflictos de sincronización abiertos: %1. El informe los cuenta tal como están en este dispositivo (Configuración › Conflictos).</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Making the report…</source>
            <translation>Generando el informe…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved:</source>
            <translation>Guardado:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Making the email draft…</source>
            <translation>Generando el borrador de correo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved. Open the .eml file to check and send it from your mail program:</source>
            <translation>Guardado. Abra el archivo .eml para revisarlo y envíelo desde su programa de correo:</translation>
        </message>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+37" />
            <source>Send the %1 report (PDF, Excel and the annual data file) to %2?</source>
            <translation>¿Enviar el informe de %1 (PDF, Excel y el archivo de datos anual) a %2?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send the %1 report (PDF and Excel) to %2?</source>
            <translation>¿Enviar el informe %1 (PDF y Excel) a %2?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture</source>
            <translation>Enviar a la prefectura</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sent to %1.</source>
            <translation>Enviado a %1.</translation>
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
            <translation>Apellidos (escritura original)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Given name (native script)</source>
            <translation>Nombre (escritura original)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Family name (Latin letters)</source>
            <translation>Apellidos (letras latinas)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Given name (Latin letters)</source>
            <translation>Nombre (letras latinas)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Reading (katakana)</source>
            <translation>Lectura (katakana)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Nationality</source>
            <translation>Nacionalidad</translation>
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
            <translation>Estatus de residencia</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Period of stay ends (在留期間満了日)</source>
            <translation>Fin del período de estadía (在留期間満了日)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Residence card number</source>
            <translation>Número de la tarjeta de residencia</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Employer or host organisation</source>
            <translation>Empleador u organización receptora</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>District</source>
            <translation>Barrio</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+13" />
            <source>SNS contacts</source>
            <translation>Contactos en redes sociales</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Arrival date</source>
            <translation>Fecha de llegada</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Consent to keep a record: date</source>
            <translation>Consentimiento para el registro: fecha</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Consent: how</source>
            <translation>Consentimiento: forma</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+18" />
            <source>Household</source>
            <translation>Hogar</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="-70" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident #%1</source>
            <translation>Residente n.º %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Hiragana becomes katakana</source>
            <translation>El hiragana se convierte en katakana</translation>
        </message>
        <message>
            <location line="+26" />
            <source>ID or phone number</source>
            <translation>ID o número de teléfono</translation>
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
            <translation>Escriba un nombre en cualquier escritura…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>New resident “%1”…</source>
            <translation>Nuevo residente “%1”…</translation>
        </message>
    </context>
    <context>
        <name>ResidentView</name>
        <message>
            <location filename="../ui/resident_view.py" line="+53" />
            <location line="+97" />
            <source>Timeline</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location line="-94" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit resident…</source>
            <translation>Editar residente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New consultation…</source>
            <translation>Nueva consulta…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New accompaniment…</source>
            <translation>Nuevo acompañamiento…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nationality</source>
            <translation>Nacionalidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>Estatus de residencia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Employer or host</source>
            <translation>Empleador u organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>Barrio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS</source>
            <translation>Redes sociales</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrived</source>
            <translation>Llegada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household</source>
            <translation>Hogar</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+5" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Nombre (latino)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading</source>
            <translation>Lectura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Nacionalidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>Estatus de residencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stay ends</source>
            <translation>Fin de la estadía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card number</source>
            <translation>N.º de tarjeta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>Barrio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employer or host</source>
            <translation>Empleador u organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation>Llegada</translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <location filename="../ui/pages/retention_box.py" line="+26" />
            <source>Retention</source>
            <translation>Conservación</translation>
        </message>
        <message>
            <location line="+7" />
            <source> years</source>
            <translation> años</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Anonymise…</source>
            <translation>Anonimizar…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No activity for</source>
            <translation>Sin actividad desde hace</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Anonymising blanks names, contacts, notes and free text, after a backup. Nationality, languages and residence status stay, so past reports keep their numbers.</source>
            <translation>La anonimización borra nombres, contactos, notas y textos libres, después de una copia de seguridad. La nacionalidad, los idiomas y el estatus de residencia se conservan, para que los informes anteriores mantengan sus cifras.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Anonymise</source>
            <translation>Anonimizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymise %1 residents? This cannot be undone (a backup is made first).</source>
            <translation>¿Anonimizar %1 residentes? No se puede deshacer (antes se hace una copia de seguridad).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 residents have had no activity for %2 years or more.</source>
            <translation>%1 residentes no tienen actividad desde hace %2 años o más.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 residents anonymised.</source>
            <translation>%1 residentes anonimizados.</translation>
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
            <translation>Personal</translation>
        </message>
    </context>
    <context>
        <name>RowsModel</name>
        <message>
            <location filename="../ui/table_import_rows.py" line="+67" />
            <source>Sheet</source>
            <translation>Hoja</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Person</source>
            <translation>Persona</translation>
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
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>Detalle</translation>
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
            <translation>Revisando la base de datos en segundo plano…</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <location filename="../ui/field_labels.py" line="+5" />
            <location filename="../ui/forms/session.py" line="+45" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Start time</source>
            <translation>Hora de inicio</translation>
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
            <translation>Temas</translation>
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
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Online</source>
            <translation>En línea</translation>
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
            <translation>Notas</translation>
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
            <translation>Participantes no registrados</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="-89" />
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session #%1</source>
            <translation>Sesión n.º %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Copy the last session of this kind</source>
            <translation>Copiar la última sesión de este tipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title, topics, languages, venue, facilitator and registered attendees of the most recent session of this kind (for weekly classes)</source>
            <translation>Título, temas, idiomas, lugar, facilitador y participantes registrados de la sesión más reciente de este tipo (para clases semanales)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Held online</source>
            <translation>Realizada en línea</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Attendance sheet…</source>
            <translation>Lista de asistencia…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print a sheet for attendees to sign (出席簿)</source>
            <translation>Imprimir una lista para que los participantes firmen (出席簿)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+111" />
            <source>Nationality</source>
            <translation>Nacionalidad</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Count</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <location line="+8" />
            <source>People who came but have no resident record</source>
            <translation>Personas que vinieron pero no tienen registro de residente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add row</source>
            <translation>Agregar fila</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove row</source>
            <translation>Quitar fila</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Total attendance</source>
            <translation>Asistencia total</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1 (%2 registered, %3 unregistered)</source>
            <translation>%1 (%2 registrados, %3 no registrados)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reading</source>
            <translation>Lectura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attendance sheet</source>
            <translation>Lista de asistencia</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+21" />
            <source>Date</source>
            <translation>Fecha</translation>
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
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online</source>
            <translation>En línea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation>Asistencia</translation>
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
            <translation>Municipio y datos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Town</source>
            <translation>Municipio</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+135" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Town name (Japanese)</source>
            <translation>Nombre del municipio (japonés)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (English)</source>
            <translation>Nombre del municipio (inglés)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schema version</source>
            <translation>Versión del esquema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SQLite</source>
            <translation>SQLite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded as user</source>
            <translation>Registrado como usuario</translation>
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
            <translation>Conflictos</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add code…</source>
            <translation>Agregar código…</translation>
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
            <translation>Japonés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In this window</source>
            <translation>En esta ventana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offered</source>
            <translation>Ofrecido</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Your preferences</source>
            <translation>Sus preferencias</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show dates in the Japanese era (令和) in the Japanese window</source>
            <translation>Mostrar las fechas en la era japonesa (令和) en la ventana en japonés</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+78" />
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Security</source>
            <translation>Seguridad</translation>
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
            <translation>Después de estos minutos sin uso, la ventana se bloquea y muestra la pantalla de inicio de sesión. 0 = nunca.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Auto-lock after</source>
            <translation>Bloquear automáticamente tras</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these settings, the report settings and the code lists, or export and import all records.</source>
            <translation>Solo un administrador puede cambiar esta configuración, la configuración de informes y las listas de códigos, o exportar e importar todos los registros.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these.</source>
            <translation>Solo un administrador puede cambiar esto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only an administrator can change the code lists.</source>
            <translation>Solo un administrador puede cambiar las listas de códigos.</translation>
        </message>
    </context>
    <context>
        <name>SnsCopy</name>
        <message>
            <location filename="../ui/sns_copy.py" line="+20" />
            <source>Documents to bring:</source>
            <translation>Documentos que debe llevar:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisations that help:</source>
            <translation>Organizaciones que ayudan:</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Copy for SNS</source>
            <translation>Copiar para redes sociales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer has no text in %1 yet. Copy it in another language?</source>
            <translation>Esta respuesta todavía no tiene texto en %1. ¿Copiarla en otro idioma?</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../ui/startup.py" line="+41" />
            <source>The database was damaged and has been moved aside to %1. No verified backup was found; please call your IT staff.</source>
            <translation>La base de datos estaba dañada y se movió a %1. No se encontró ninguna copia de seguridad verificada; llame al personal de informática.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database was damaged and has been moved aside to %1. Restore the newest verified backup, %2?</source>
            <translation>La base de datos estaba dañada y se movió a %1. ¿Restaurar la copia de seguridad verificada más reciente, %2?</translation>
        </message>
        <message>
            <location line="+216" />
            <source>The check found damage in the database file. Stop entering records and quit Madoguchi: at the next start the damaged file is moved aside and the newest verified backup is offered.</source>
            <translation>La revisión encontró daños en el archivo de la base de datos. Deje de registrar y cierre Madoguchi: al volver a abrirlo, el archivo dañado se aparta y se ofrece la copia de seguridad verificada más reciente.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Database checked; today's backup was taken (%1).</source>
            <translation>Base de datos revisada; se hizo la copia de seguridad de hoy (%1).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database checked.</source>
            <translation>Base de datos revisada.</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../ui/labels.py" line="-85" />
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>Derivada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>Cerrada</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location filename="../ui/forms/suggestions.py" line="+43" />
            <source>Tick the entries you answered with</source>
            <translation>Marque las entradas que usó para responder</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy for SNS</source>
            <translation>Copiar para redes sociales</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the chosen answer in the consultation's language, for Messenger, Zalo or LINE</source>
            <translation>Copiar la respuesta elegida en el idioma de la consulta, para Messenger, Zalo o LINE</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Tick the answers you used.</source>
            <translation>Marque las respuestas que usó.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a topic or write what was asked to see suggested answers.</source>
            <translation>Elija un tema o escriba qué se preguntó para ver respuestas sugeridas.</translation>
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
            <translation>Sincronizando con los demás dispositivos…</translation>
        </message>
        <message>
            <location filename="../ui/pages/devices.py" line="-185" />
            <source>Synced: %1 added, %2 updated, %3 deleted, %4 new conflicts.</source>
            <translation>Sincronizado: %1 añadidos, %2 actualizados, %3 eliminados, %4 conflictos nuevos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packets refused: %1.</source>
            <translation>Paquetes rechazados: %1.</translation>
        </message>
    </context>
    <context>
        <name>TableImport</name>
        <message>
            <location filename="../app/tableimport/messages.py" line="+41" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading (katakana)</source>
            <translation>Lectura (katakana)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Nacionalidad</translation>
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
            <translation>Temas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>Qué se preguntó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was done</source>
            <translation>Qué se hizo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes (kept with what was done)</source>
            <translation>Notas (guardadas con lo que se hizo)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>Intérprete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled mark</source>
            <translation>Marca de cancelación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>Estatus de residencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End of the period of stay</source>
            <translation>Fin del período de estadía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>Barrio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(leave out)</source>
            <translation>(omitir)</translation>
        </message>
        <message>
            <location filename="../ui/table_import_rows.py" line="-43" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip</source>
            <translation>Omitir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>Revisar</translation>
        </message>
        <message>
            <location line="+67" />
            <source>new %1: %2</source>
            <translation>nuevo %1: %2</translation>
        </message>
    </context>
    <context>
        <name>TableImportWizard</name>
        <message>
            <location filename="../ui/table_import.py" line="-124" />
            <location line="+19" />
            <source>Import from Excel/CSV</source>
            <translation>Importar de Excel/CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spreadsheets (*.xlsx *.xls *.csv *.txt)</source>
            <translation>Hojas de cálculo (*.xlsx *.xls *.csv *.txt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Load mapping profile</source>
            <translation>Cargar perfil de asignación</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Making the preview…</source>
            <translation>Generando la vista previa…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Updating residents…</source>
            <translation>Actualizando residentes…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save the import report</source>
            <translation>Guardar el informe de importación</translation>
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
            <translation>Hoy, %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Residence cards: period of stay ends within %1 days (%2)</source>
            <translation>Tarjetas de residencia: el período de estadía termina en %1 días o menos (%2)</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Follow-ups overdue (%1)</source>
            <translation>Seguimientos atrasados (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-ups due today (%1)</source>
            <translation>Seguimientos para hoy (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open consultations (%1)</source>
            <translation>Consultas abiertas (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— the newest %1 shown</source>
            <translation>— se muestran las %1 más recientes</translation>
        </message>
    </context>
    <context>
        <name>TownNotesPage</name>
        <message>
            <location filename="../ui/pages/town_notes.py" line="+36" />
            <source>Town notes</source>
            <translation>Notas del municipio</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What the next person at this desk should know: who to call, how things are done in this town, what to watch out for. The notes go into the handover pack.</source>
            <translation>Lo que la próxima persona en esta ventanilla debe saber: a quién llamar, cómo se hacen las cosas en este municipio, qué cuidar. Las notas van en el paquete de traspaso.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>For example: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</source>
            <translation>Por ejemplo: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save notes</source>
            <translation>Guardar notas</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Handover pack</source>
            <translation>Paquete de traspaso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A folder for whoever takes over this desk: a handover document with these notes, the open consultations, the regular duties, the directory and the published knowledge base, plus the directory as spreadsheets. Residents appear by case number and initials only, unless personal data is included.</source>
            <translation>Una carpeta para quien se haga cargo de esta ventanilla: un documento de traspaso con estas notas, las consultas abiertas, las tareas habituales, el directorio y la base de conocimiento publicada, además del directorio en hojas de cálculo. Los residentes aparecen solo con el número de caso y las iniciales, salvo que se incluyan los datos personales.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Include personal data (residents' full names)</source>
            <translation>Incluir datos personales (nombres completos de los residentes)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Without it, open cases show initials and the case number.</source>
            <translation>Sin esto, los casos abiertos muestran las iniciales y el número de caso.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can include personal data.</source>
            <translation>Solo un administrador puede incluir datos personales.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make handover pack…</source>
            <translation>Generar paquete de traspaso…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Make the handover pack in</source>
            <translation>Generar el paquete de traspaso en</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Making the handover pack…</source>
            <translation>Generando el paquete de traspaso…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved:</source>
            <translation>Guardado:</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../ui/pages/users.py" line="+89" />
            <source>Each person logs in with their own name. Disabling a user removes their key: they can no longer open the database, and their past records keep their name.</source>
            <translation>Cada persona inicia sesión con su propio nombre. Desactivar un usuario elimina su clave: ya no podrá abrir la base de datos, y sus registros anteriores conservan su nombre.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add user…</source>
            <translation>Agregar usuario…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disable…</source>
            <translation>Desactivar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set password…</source>
            <translation>Establecer contraseña…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Disabled</source>
            <translation>Desactivado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked (too many failed logins)</source>
            <translation>Bloqueado (demasiados inicios de sesión fallidos)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Disable user</source>
            <translation>Desactivar usuario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disable %1? They will no longer be able to log in. This cannot be undone; add them again under a new name if needed.</source>
            <translation>¿Desactivar a %1? Ya no podrá iniciar sesión. No se puede deshacer; agréguelo de nuevo con otro nombre si hace falta.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Added %1.</source>
            <translation>%1 agregado.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The password of %1 is changed.</source>
            <translation>La contraseña de %1 se cambió.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is disabled.</source>
            <translation>%1 está desactivado.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 can log in again.</source>
            <translation>%1 puede iniciar sesión de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-173" />
            <source>Codes for the file's words</source>
            <translation>Códigos para las palabras del archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a code for each word that is not a code's own name, and the values for what the file has no column for. A word left without a code stops its rows.</source>
            <translation>Elija un código para cada palabra que no sea el nombre de un código, y los valores para lo que el archivo no tiene columna. Una palabra sin código detiene sus filas.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text in the file</source>
            <translation>Texto en el archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 where the file has none:</source>
            <translation>%1 donde el archivo no tiene:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(no code: the row stops)</source>
            <translation>(sin código: la fila se detiene)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Every word of the file has a code.</source>
            <translation>Cada palabra del archivo tiene un código.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../app/accounts.py" line="+45" />
            <location filename="../app/keyslots.py" line="+45" />
            <source>The user name or password is not right.</source>
            <translation>El nombre de usuario o la contraseña no son correctos.</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 already exists; a new database is only made in a new place.</source>
            <translation>%1 ya existe; una nueva base de datos solo se crea en un lugar nuevo.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>This account is locked after too many failed logins; an administrator can unlock it.</source>
            <translation>Esta cuenta está bloqueada tras demasiados inicios de sesión fallidos; un administrador puede desbloquearla.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Too many failed logins: try again in %1 seconds.</source>
            <translation>Demasiados inicios de sesión fallidos: inténtelo de nuevo en %1 segundos.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This login is refused: the list of users was changed outside Madoguchi, so your role cannot be trusted. An administrator can see it in the audit trail.</source>
            <translation>Se rechazó este inicio de sesión: la lista de usuarios se modificó fuera de Madoguchi, así que su rol no es de confianza. Un administrador puede verlo en el registro de auditoría.</translation>
        </message>
        <message>
            <location line="+143" />
            <source>That recovery code does not open this database.</source>
            <translation>Ese código de recuperación no abre esta base de datos.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This database is not encrypted, so it has no accounts.</source>
            <translation>Esta base de datos no está cifrada, así que no tiene cuentas.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only an administrator can manage users.</source>
            <translation>Solo un administrador puede gestionar usuarios.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Log out and log in again as an administrator first: this session cannot sign a change of the users list.</source>
            <translation>Primero cierre sesión y vuelva a entrar como administrador: esta sesión no puede firmar un cambio en la lista de usuarios.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That user cannot log in.</source>
            <translation>Ese usuario no puede iniciar sesión.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>You cannot disable your own account.</source>
            <translation>No puede desactivar su propia cuenta.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>There is no such user.</source>
            <translation>Ese usuario no existe.</translation>
        </message>
        <message>
            <location line="-51" />
            <source>The last administrator cannot be disabled.</source>
            <translation>El último administrador no se puede desactivar.</translation>
        </message>
        <message>
            <location filename="../app/audit.py" line="+100" />
            <source>An audit row is written only inside a write transaction.</source>
            <translation>Una fila de auditoría solo se escribe dentro de una transacción de escritura.</translation>
        </message>
        <message>
            <location line="+199" />
            <source>Only an administrator can read the audit trail.</source>
            <translation>Solo un administrador puede leer el registro de auditoría.</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../app/reports/build.py" line="+54" />
            <source>%1 is not a date; write it as YYYY-MM-DD.</source>
            <translation>%1 no es una fecha; escríbala como AAAA-MM-DD.</translation>
        </message>
        <message>
            <location filename="../app/backup.py" line="+40" />
            <location filename="../app/cli.py" line="+236" />
            <location filename="../app/db.py" line="+97" />
            <source>There is no database at %1.</source>
            <translation>No hay una base de datos en %1.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The backup folder %1 is not there (is the drive plugged in?).</source>
            <translation>La carpeta de copias de seguridad %1 no está (¿está conectada la unidad?).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot write to the backup folder %1.</source>
            <translation>Madoguchi no puede escribir en la carpeta de copias de seguridad %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the backup folder as a full path, not %1.</source>
            <translation>Indique la carpeta de copias de seguridad como ruta completa, no %1.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>This database has no file, so it cannot be backed up.</source>
            <translation>Esta base de datos no tiene archivo, así que no se puede hacer una copia de seguridad.</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../app/integrity.py" line="+246" />
            <source>The backup could not be made in %1 (%2).</source>
            <translation>No se pudo hacer la copia de seguridad en %1 (%2).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no backup file at %1.</source>
            <translation>No hay un archivo de copia de seguridad en %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not encrypted, so it is not a Madoguchi backup.</source>
            <translation>%1 no está cifrado, así que no es una copia de seguridad de Madoguchi.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 does not open with this database's key: it is damaged, or it belongs to another database.</source>
            <translation>La copia de seguridad %1 no se abre con la clave de esta base de datos: está dañada o pertenece a otra base de datos.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The backup %1 is damaged (%2).</source>
            <translation>La copia de seguridad %1 está dañada (%2).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 is damaged (integrity_check: %2).</source>
            <translation>La copia de seguridad %1 está dañada (integrity_check: %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a Madoguchi backup.</source>
            <translation>%1 no es una copia de seguridad de Madoguchi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup %1 was made by a newer Madoguchi.</source>
            <translation>La copia de seguridad %1 la hizo un Madoguchi más nuevo.</translation>
        </message>
        <message>
            <location line="+198" />
            <source>A database cannot be restored from itself.</source>
            <translation>Una base de datos no se puede restaurar desde sí misma.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup could not be restored (%1); the current file was not replaced.</source>
            <translation>No se pudo restaurar la copia de seguridad (%1); el archivo actual no se reemplazó.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>The damaged database could not be moved aside (%1); it was not deleted.</source>
            <translation>No se pudo mover la base de datos dañada (%1); no se eliminó.</translation>
        </message>
        <message>
            <location filename="../app/backup_cli.py" line="+42" />
            <source>Only an administrator can change the backup folder.</source>
            <translation>Solo un administrador puede cambiar la carpeta de copias de seguridad.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only an administrator can restore a backup.</source>
            <translation>Solo un administrador puede restaurar una copia de seguridad.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../app/services.py" line="+128" />
            <source>This database has no file.</source>
            <translation>Esta base de datos no tiene archivo.</translation>
        </message>
        <message>
            <location filename="../app/check.py" line="+56" />
            <source>%1 is damaged or is not a Madoguchi database (%2).</source>
            <translation>%1 está dañado o no es una base de datos de Madoguchi (%2).</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-207" />
            <source>The window is not part of this installation.</source>
            <translation>La ventana no forma parte de esta instalación.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is empty (0 bytes) and was kept as it is; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 está vacío (0 bytes) y se dejó como está; la copia de seguridad más reciente que se abre es %2 (madoguchi restore --from %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is empty (0 bytes) and was kept as it is; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 está vacío (0 bytes) y se dejó como está; no se encontró ninguna copia de seguridad que se abra, así que llame al personal de informática.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 está dañado y no se modificó; la copia de seguridad más reciente que se abre es %2 (madoguchi restore --from %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is open in a Madoguchi window, and this command changes records: close the window (or quit Madoguchi) first, then run the command again. Nothing was changed.</source>
            <translation>%1 está abierto en una ventana de Madoguchi, y este comando modifica registros: cierre primero la ventana (o salga de Madoguchi) y vuelva a ejecutar el comando. No se cambió nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 está dañado y no se modificó; no se encontró ninguna copia de seguridad que se abra, así que llame al personal de informática.</translation>
        </message>
        <message>
            <location line="+146" />
            <source>No password: set %1, or run the command in a terminal to be asked for it.</source>
            <translation>Sin contraseña: defina %1, o ejecute el comando en una terminal para que se la pida.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The two passwords are not the same; nothing was made.</source>
            <translation>Las dos contraseñas no son iguales; no se creó nada.</translation>
        </message>
        <message>
            <location line="+40" />
            <location filename="../app/db.py" line="+6" />
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 no está cifrado; Madoguchi guarda registros solo en bases de datos cifradas. No se modificó.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>Falta el archivo de clave %1 junto a la base de datos, así que no se puede abrir.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This database is encrypted: give --user NAME (the password comes from %1 or a prompt).</source>
            <translation>Esta base de datos está cifrada: indique --user NOMBRE (la contraseña viene de %1 o se pide).</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A demo town has 1 to 100,000 residents and 1 to 50 years.</source>
            <translation>Un municipio de demostración tiene de 1 a 100 000 residentes y de 1 a 50 años.</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="+25" />
            <source>That consultation no longer exists.</source>
            <translation>Esa consulta ya no existe.</translation>
        </message>
        <message>
            <location line="+66" />
            <source>That accompaniment no longer exists.</source>
            <translation>Ese acompañamiento ya no existe.</translation>
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
            <translation>La carpeta %1 no existe.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not encrypted, so it cannot be opened as an encrypted database; it was not changed.</source>
            <translation>%1 no está cifrado, así que no se puede abrir como base de datos cifrada; no se modificó.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The database %1 cannot be opened (%2).</source>
            <translation>La base de datos %1 no se puede abrir (%2).</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+41" />
            <source>The database key has the wrong length.</source>
            <translation>La clave de la base de datos tiene una longitud incorrecta.</translation>
        </message>
        <message>
            <location line="-27" />
            <source>The database %1 cannot use write-ahead logging.</source>
            <translation>La base de datos %1 no puede usar el registro de escritura anticipada (WAL).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is encrypted or is not a Madoguchi database: log in to open it. It was not changed.</source>
            <translation>%1 está cifrado o no es una base de datos de Madoguchi: inicie sesión para abrirlo. No se modificó.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 could not be decrypted: the file is damaged, or its key file belongs to another database. It was not changed.</source>
            <translation>No se pudo descifrar %1: el archivo está dañado o su archivo de clave pertenece a otra base de datos. No se modificó.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged or is not a Madoguchi database; it was not changed.</source>
            <translation>%1 está dañado o no es una base de datos de Madoguchi; no se modificó.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>The backup %1 did not verify (%2).</source>
            <translation>La copia de seguridad %1 no pasó la verificación (%2).</translation>
        </message>
        <message>
            <location filename="../app/demo.py" line="-10" />
            <source>A demo town needs at least one resident and one year.</source>
            <translation>Un municipio de demostración necesita al menos un residente y un año.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <location line="+29" />
            <source>%1 already exists; the demo is only written to a new file.</source>
            <translation>%1 ya existe; la demostración solo se escribe en un archivo nuevo.</translation>
        </message>
        <message>
            <location filename="../app/directory.py" line="+36" />
            <source>That organisation no longer exists.</source>
            <translation>Esa organización ya no existe.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>That bridge person no longer exists.</source>
            <translation>Esa persona puente ya no existe.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+60" />
            <source>%1, field '%2': has the wrong type. Nothing was imported.</source>
            <translation>%1, campo '%2': tiene un tipo incorrecto. No se importó nada.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': %3 Nothing was imported.</source>
            <translation>%1, campo '%2': %3 No se importó nada.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The file is not a Madoguchi export (field 'format'). Nothing was imported.</source>
            <translation>El archivo no es una exportación de Madoguchi (campo 'format'). No se importó nada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>El archivo tiene la versión de formato %1; este Madoguchi lee la versión %2. No se importó nada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Field 'code_items' must be a list. Nothing was imported.</source>
            <translation>El campo 'code_items' debe ser una lista. No se importó nada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, field '%2': needs list, code, label_ja, label_en. Nothing was imported.</source>
            <translation>%1, campo '%2': necesita list, code, label_ja, label_en. No se importó nada.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': sort_order must be a whole number and active true or false. Nothing was imported.</source>
            <translation>%1, campo '%2': sort_order debe ser un número entero y active, true o false. No se importó nada.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+22" />
            <location filename="../app/kbpack.py" line="+78" />
            <source>Field '%1' must be a list. Nothing was imported.</source>
            <translation>El campo '%1' debe ser una lista. No se importó nada.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>%1, field '%2': refers to a resident that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1, campo '%2': se refiere a un residente que no está ni en el archivo ni en la base de datos. No se importó nada.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': a deleted record that is also in the file or in the database. Nothing was imported.</source>
            <translation>%1, campo '%2': un registro eliminado que también está en el archivo o en la base de datos. No se importó nada.</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../app/kbpack.py" line="-48" />
            <source>%1, field '%2': is not an object. Nothing was imported.</source>
            <translation>%1, campo '%2': no es un objeto. No se importó nada.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, field '%2': missing or not a text. Nothing was imported.</source>
            <translation>%1, campo '%2': falta o no es texto. No se importó nada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': not a UUID. Nothing was imported.</source>
            <translation>%1, campo '%2': no es un UUID. No se importó nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': appears twice in the file. Nothing was imported.</source>
            <translation>%1, campo '%2': aparece dos veces en el archivo. No se importó nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': this record is already in the database. Nothing was imported.</source>
            <translation>%1, campo '%2': este registro ya está en la base de datos. No se importó nada.</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': unknown field. Nothing was imported.</source>
            <translation>%1, campo '%2': campo desconocido. No se importó nada.</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': missing. Nothing was imported.</source>
            <translation>%1, campo '%2': falta. No se importó nada.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': not a date and time. Nothing was imported.</source>
            <translation>%1, campo '%2': no es una fecha y hora. No se importó nada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': longer than a user name can be. Nothing was imported.</source>
            <translation>%1, campo '%2': más largo de lo que puede ser un nombre de usuario. No se importó nada.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': refers to a record that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1, campo '%2': se refiere a un registro que no está ni en el archivo ni en la base de datos. No se importó nada.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': each link needs 'related' and 'relation'. Nothing was imported.</source>
            <translation>%1, campo '%2': cada vínculo necesita 'related' y 'relation'. No se importó nada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': a resident cannot be linked to themselves. Nothing was imported.</source>
            <translation>%1, campo '%2': un residente no se puede vincular consigo mismo. No se importó nada.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1, field '%2': refers to a resident that is not there. Nothing was imported.</source>
            <translation>%1, campo '%2': se refiere a un residente que no está. No se importó nada.</translation>
        </message>
        <message>
            <location line="-263" />
            <source>Some of these records were added to the database while the file was being imported (the same file imported twice at once?). Nothing was imported.</source>
            <translation>Algunos de estos registros se agregaron a la base de datos mientras se importaba el archivo (¿el mismo archivo importado dos veces a la vez?). No se importó nada.</translation>
        </message>
        <message>
            <location filename="../app/files.py" line="-86" />
            <source>The disk is full, so %1 was not written; nothing was left half-written. Free some space and try again.</source>
            <translation>El disco está lleno, así que %1 no se escribió; nada quedó escrito a medias. Libere espacio e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be written (%2); nothing was left half-written.</source>
            <translation>No se pudo escribir %1 (%2); nada quedó escrito a medias.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder: give the name of a file to write.</source>
            <translation>%1 es una carpeta: indique el nombre de un archivo para escribir.</translation>
        </message>
        <message>
            <location line="+121" />
            <source>%1 is a folder, not a Madoguchi export.</source>
            <translation>%1 es una carpeta, no una exportación de Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi export.</source>
            <translation>%1 no es una exportación de Madoguchi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder, not a Madoguchi knowledge pack.</source>
            <translation>%1 es una carpeta, no un paquete de conocimiento de Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi knowledge pack.</source>
            <translation>%1 no es un paquete de conocimiento de Madoguchi.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>%1 names the same field twice in one record, so it is not clear which value counts; nothing was read from it.</source>
            <translation>%1 nombra el mismo campo dos veces en un registro, así que no está claro qué valor cuenta; no se leyó nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is nested too deeply to be a Madoguchi file (at %2).</source>
            <translation>%1 tiene un anidamiento demasiado profundo para ser un archivo de Madoguchi (en %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a number too large for any field (at %2).</source>
            <translation>%1 contiene un número demasiado grande para cualquier campo (en %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a control or text-direction character that no record may contain (at %2).</source>
            <translation>%1 contiene un carácter de control o de dirección de texto que ningún registro puede contener (en %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than 512 MB, too large to be a Madoguchi file.</source>
            <translation>%1 tiene más de 512 MB, demasiado grande para ser un archivo de Madoguchi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not an ordinary file.</source>
            <translation>%1 no es un archivo normal.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is a folder, not %2.</source>
            <translation>%1 es una carpeta, no %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not %2.</source>
            <translation>%1 no es %2.</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../app/sync_cli.py" line="+22" />
            <source>There is no file %1.</source>
            <translation>No existe el archivo %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be read as UTF-8 text (%2).</source>
            <translation>%1 no se puede leer como texto UTF-8 (%2).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not valid JSON (line %2: %3).</source>
            <translation>%1 no es un JSON válido (línea %2: %3).</translation>
        </message>
        <message>
            <location filename="../app/instance.py" line="+19" />
            <source>This database is already open in another Madoguchi window (perhaps of another user of this computer); close it there first.</source>
            <translation>Esta base de datos ya está abierta en otra ventana de Madoguchi (quizás de otro usuario de esta computadora); ciérrela allí primero.</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Madoguchi cannot create the lock file %1 beside the database (%2).</source>
            <translation>Madoguchi no puede crear el archivo de bloqueo %1 junto a la base de datos (%2).</translation>
        </message>
        <message>
            <location filename="../app/kbpack.py" line="-117" />
            <source>%1, field '%2': appears twice in the pack. Nothing was imported.</source>
            <translation>%1, campo '%2': aparece dos veces en el paquete. No se importó nada.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Set the town's name (Settings) before exporting a knowledge pack: every entry carries the town it came from.</source>
            <translation>Defina el nombre del municipio (Configuración) antes de exportar un paquete de conocimiento: cada entrada lleva el municipio de origen.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 is not a Madoguchi knowledge pack (field 'format').</source>
            <translation>%1 no es un paquete de conocimiento de Madoguchi (campo 'format').</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1, field '%2': is too short to be a UUID. Nothing was imported.</source>
            <translation>%1, campo '%2': es demasiado corto para ser un UUID. No se importó nada.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This is not a Madoguchi knowledge pack (field 'format'). Nothing was imported.</source>
            <translation>Esto no es un paquete de conocimiento de Madoguchi (campo 'format'). No se importó nada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The pack has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>El paquete tiene la versión de formato %1; este Madoguchi lee la versión %2. No se importó nada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The pack does not say which town it came from (field 'town'). Nothing was imported.</source>
            <translation>El paquete no dice de qué municipio viene (campo 'town'). No se importó nada.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': must be a list of codes. Nothing was imported.</source>
            <translation>%1, campo '%2': debe ser una lista de códigos. No se importó nada.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1, field '%2': each text needs exactly 'language', 'question' and 'answer', as text. Nothing was imported.</source>
            <translation>%1, campo '%2': cada texto necesita exactamente 'language', 'question' y 'answer', como texto. No se importó nada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': must be a list of document names. Nothing was imported.</source>
            <translation>%1, campo '%2': debe ser una lista de nombres de documentos. No se importó nada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1, field '%2': must be a list of organisation UUIDs. Nothing was imported.</source>
            <translation>%1, campo '%2': debe ser una lista de UUID de organizaciones. No se importó nada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': refers to an organisation that is neither in the pack nor in the directory. Nothing was imported.</source>
            <translation>%1, campo '%2': se refiere a una organización que no está ni en el paquete ni en el directorio. No se importó nada.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': another entry of the pack has the same topic and Japanese question. Nothing was imported.</source>
            <translation>%1, campo '%2': otra entrada del paquete tiene el mismo tema y la misma pregunta en japonés. No se importó nada.</translation>
        </message>
        <message>
            <location filename="../app/keyslots.py" line="-1" />
            <source>The key file %1 is damaged.</source>
            <translation>El archivo de clave %1 está dañado.</translation>
        </message>
        <message>
            <location line="+172" />
            <source>The key file %1 is missing beside the database, so the database cannot be opened.</source>
            <translation>Falta el archivo de clave %1 junto a la base de datos, así que la base de datos no se puede abrir.</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="+95" />
            <source>That knowledge entry no longer exists.</source>
            <translation>Esa entrada de conocimiento ya no existe.</translation>
        </message>
        <message>
            <location line="+165" />
            <source>This answer has no text in that language yet; it has %1.</source>
            <translation>Esta respuesta todavía no tiene texto en ese idioma; tiene %1.</translation>
        </message>
        <message>
            <location filename="../app/languages.py" line="+31" />
            <source>Unknown language %1; use one of: %2.</source>
            <translation>Idioma desconocido %1; use uno de estos: %2.</translation>
        </message>
        <message>
            <location filename="../app/migrations.py" line="+48" />
            <source>Unexpected file in the migrations folder: %1.</source>
            <translation>Archivo inesperado en la carpeta de migraciones: %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Migration %1 is missing.</source>
            <translation>Falta la migración %1.</translation>
        </message>
        <message>
            <location line="+22" />
            <location filename="../app/store.py" line="+279" />
            <source>This database was made by a newer Madoguchi (schema %1; this version knows up to %2). It was not changed: please update Madoguchi.</source>
            <translation>Esta base de datos la hizo un Madoguchi más nuevo (esquema %1; esta versión conoce hasta %2). No se modificó: actualice Madoguchi.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Updating the database to schema %1 (%2) failed: %3. The database is unchanged at schema %4.</source>
            <translation>La actualización de la base de datos al esquema %1 (%2) falló: %3. La base de datos sigue en el esquema %4.</translation>
        </message>
        <message>
            <location filename="../app/progress.py" line="+16" />
            <source>Cancelled; nothing was changed.</source>
            <translation>Cancelado; no se modificó nada.</translation>
        </message>
        <message>
            <location filename="../app/reports/build.py" line="-45" />
            <source>Unknown format %1; choose from %2.</source>
            <translation>Formato desconocido %1; elija entre %2.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a month; write it as YYYY-MM.</source>
            <translation>%1 no es un mes; escríbalo como AAAA-MM.</translation>
        </message>
        <message>
            <location line="+79" />
            <source>The annual report was not written: the disclosure audit found %1 hidden figure(s) that could be narrowed down to less than %2 (first: %3).</source>
            <translation>No se escribió el informe anual: la auditoría de divulgación encontró %1 número(s) oculto(s) que podrían acotarse a menos de %2 (primero: %3).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a fiscal year Madoguchi can report on.</source>
            <translation>%1 no es un año fiscal sobre el que Madoguchi pueda hacer un informe.</translation>
        </message>
        <message>
            <location filename="../app/reports/fonts.py" line="+94" />
            <source>The font file %1 is missing from %2; reinstall Madoguchi.</source>
            <translation>Falta el archivo de fuente %1 en %2; reinstale Madoguchi.</translation>
        </message>
        <message>
            <location filename="../app/reports/mail.py" line="+35" />
            <source>The mail subject uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>El asunto del correo usa un marcador desconocido {%1}; los conocidos son: %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail body uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>El cuerpo del correo usa un marcador desconocido {%1}; los conocidos son: %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail template uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>La plantilla de correo usa un marcador desconocido {%1}; los conocidos son: %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail subject has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>El asunto del correo tiene un marcador roto; escriba los marcadores como {town} y una llave literal como {{ o }}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail body has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>El cuerpo del correo tiene un marcador roto; escriba los marcadores como {town} y una llave literal como {{ o }}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail template has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>La plantilla de correo tiene un marcador roto; escriba los marcadores como {town} y una llave literal como {{ o }}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sender address is empty.</source>
            <translation>La dirección del remitente está vacía.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address is empty.</source>
            <translation>La dirección del destinatario está vacía.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sender address %1 is not valid.</source>
            <translation>La dirección del remitente %1 no es válida.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address %1 is not valid.</source>
            <translation>La dirección del destinatario %1 no es válida.</translation>
        </message>
        <message>
            <location line="+79" />
            <source>%1 is a monthly report, for use inside the town hall only; it is never attached to the mail to the prefecture.</source>
            <translation>%1 es un informe mensual, solo para uso interno del municipio; nunca se adjunta al correo para la prefectura.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: files are attached as they are, never zipped.</source>
            <translation>%1: los archivos se adjuntan tal como están, nunca comprimidos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The attachment %1 could not be read.</source>
            <translation>No se pudo leer el adjunto %1.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The password could not be read from the system keyring.</source>
            <translation>No se pudo leer la contraseña del llavero del sistema.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the SMTP user name before saving a password.</source>
            <translation>Escriba el nombre de usuario SMTP antes de guardar una contraseña.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No secure keyring is available on this computer, so the password cannot be saved; it will be asked for each time.</source>
            <translation>No hay un llavero seguro en esta computadora, así que la contraseña no se puede guardar; se pedirá cada vez.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The password could not be saved in the system keyring.</source>
            <translation>No se pudo guardar la contraseña en el llavero del sistema.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password could not be removed from the system keyring.</source>
            <translation>No se pudo quitar la contraseña del llavero del sistema.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No password was given and no secure keyring is available on this computer; enter the SMTP password to send.</source>
            <translation>No se indicó ninguna contraseña y no hay un llavero seguro en esta computadora; escriba la contraseña SMTP para enviar.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No password was given and none is saved in the keyring for %1; enter the SMTP password to send.</source>
            <translation>No se indicó ninguna contraseña y no hay ninguna guardada en el llavero para %1; escriba la contraseña SMTP para enviar.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No mail server (SMTP host) is set.</source>
            <translation>No hay ningún servidor de correo (host SMTP) definido.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The password would travel unencrypted; turn on STARTTLS.</source>
            <translation>La contraseña viajaría sin cifrar; active STARTTLS.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SMTP login cannot send a user name or password with non-ASCII characters (e.g. full-width letters); check what was typed.</source>
            <translation>El inicio de sesión SMTP no puede enviar un nombre de usuario o contraseña con caracteres no ASCII (p. ej., letras de ancho completo); revise lo que escribió.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The mail server %1 did not accept the user name or password.</source>
            <translation>El servidor de correo %1 no aceptó el nombre de usuario o la contraseña.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not offer STARTTLS encryption; nothing was sent.</source>
            <translation>El servidor de correo %1 no ofrece cifrado STARTTLS; no se envió nada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not accept a login (SMTP AUTH).</source>
            <translation>El servidor de correo %1 no acepta inicio de sesión (SMTP AUTH).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 cannot take this message.</source>
            <translation>El servidor de correo %1 no puede recibir este mensaje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 refused the recipient address %2.</source>
            <translation>El servidor de correo %1 rechazó la dirección del destinatario %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the sender address %2.</source>
            <translation>El servidor de correo %1 rechazó la dirección del remitente %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The certificate of %1 could not be verified; nothing was sent.</source>
            <translation>No se pudo verificar el certificado de %1; no se envió nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The encrypted connection (TLS) to %1 failed; nothing was sent.</source>
            <translation>La conexión cifrada (TLS) con %1 falló; no se envió nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 closed the connection unexpectedly.</source>
            <translation>El servidor de correo %1 cerró la conexión inesperadamente.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 offers no login method Madoguchi can use.</source>
            <translation>El servidor de correo %1 no ofrece ningún método de inicio de sesión que Madoguchi pueda usar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 answered with error %2; nothing was sent.</source>
            <translation>El servidor de correo %1 respondió con el error %2; no se envió nada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the connection; check the server name and port.</source>
            <translation>El servidor de correo %1 rechazó la conexión; revise el nombre del servidor y el puerto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server name %1 could not be found.</source>
            <translation>No se encontró el nombre del servidor de correo %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 did not answer within %2 seconds.</source>
            <translation>El servidor de correo %1 no respondió en %2 segundos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sending through the mail server %1 failed.</source>
            <translation>El envío por el servidor de correo %1 falló.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Could not connect to the mail server %1.</source>
            <translation>No se pudo conectar con el servidor de correo %1.</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="+56" />
            <source>That resident no longer exists.</source>
            <translation>Ese residente ya no existe.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>This resident has %1 linked records; delete or reassign them first.</source>
            <translation>Este residente tiene %1 registros vinculados; elimínelos o reasígnelos primero.</translation>
        </message>
        <message>
            <location filename="../app/retention.py" line="+94" />
            <source>The retention period must be at least one year.</source>
            <translation>El período de conservación debe ser de al menos un año.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The retention period can be at most %1 years.</source>
            <translation>El período de conservación puede ser de %1 años como máximo.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Only an administrator can purge residents' records.</source>
            <translation>Solo un administrador puede depurar los registros de los residentes.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Some of those residents no longer exist; nothing was changed.</source>
            <translation>Algunos de esos residentes ya no existen; no se modificó nada.</translation>
        </message>
        <message>
            <location filename="../app/roles.py" line="+41" />
            <source>Madoguchi found changes made outside it: %1. The audit trail records them.</source>
            <translation>Madoguchi encontró cambios hechos fuera de él: %1. El registro de auditoría los registra.</translation>
        </message>
        <message>
            <location filename="../app/rows.py" line="+26" />
            <source>The resident no longer exists; it may have been deleted.</source>
            <translation>El residente ya no existe; puede haber sido eliminado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The consultation no longer exists; it may have been deleted.</source>
            <translation>La consulta ya no existe; puede haber sido eliminada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The accompaniment no longer exists; it may have been deleted.</source>
            <translation>El acompañamiento ya no existe; puede haber sido eliminado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The session no longer exists; it may have been deleted.</source>
            <translation>La sesión ya no existe; puede haber sido eliminada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The organisation no longer exists; it may have been deleted.</source>
            <translation>La organización ya no existe; puede haber sido eliminada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The bridge person no longer exists; it may have been deleted.</source>
            <translation>La persona puente ya no existe; puede haber sido eliminada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The knowledge entry no longer exists; it may have been deleted.</source>
            <translation>La entrada de conocimiento ya no existe; puede haber sido eliminada.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The %1 no longer exists; it may have been deleted.</source>
            <translation>El registro (%1) ya no existe; puede haber sido eliminado.</translation>
        </message>
        <message>
            <location filename="../app/sessions.py" line="+24" />
            <source>That session no longer exists.</source>
            <translation>Esa sesión ya no existe.</translation>
        </message>
        <message>
            <location filename="../app/storage.py" line="+27" />
            <source>The database is on a network drive, where SQLite is not safe and the file can be damaged, so please keep it on this computer's own disk.</source>
            <translation>La base de datos está en una unidad de red, donde SQLite no es seguro y el archivo se puede dañar; manténgala en el disco de esta computadora.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by %1, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>La base de datos está en una carpeta sincronizada por %1, donde SQLite no es seguro y el archivo se puede dañar; muévala a una carpeta que no se sincronice.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by a cloud storage service, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>La base de datos está en una carpeta sincronizada por un servicio de almacenamiento en la nube, donde SQLite no es seguro y el archivo se puede dañar; muévala a una carpeta que no se sincronice.</translation>
        </message>
        <message>
            <location filename="../app/store.py" line="-256" />
            <source>The disk is full: this record was not saved. Free some space and save again.</source>
            <translation>El disco está lleno: este registro no se guardó. Libere espacio y guarde de nuevo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The disk could not be written: this record was not saved. Check the drive and save again.</source>
            <translation>No se pudo escribir en el disco: este registro no se guardó. Revise la unidad y guarde de nuevo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the settings.</source>
            <translation>Solo un administrador puede cambiar la configuración.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the code lists.</source>
            <translation>Solo un administrador puede cambiar las listas de códigos.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the report settings.</source>
            <translation>Solo un administrador puede cambiar la configuración de informes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can export every record.</source>
            <translation>Solo un administrador puede exportar todos los registros.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import records.</source>
            <translation>Solo un administrador puede importar registros.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import a knowledge pack.</source>
            <translation>Solo un administrador puede importar un paquete de conocimiento.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can put residents' names in a handover pack.</source>
            <translation>Solo un administrador puede poner nombres de residentes en un paquete de traspaso.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The database is busy: another Madoguchi (perhaps a command-line import) is writing to it. Nothing was saved yet; try again in a moment.</source>
            <translation>La base de datos está ocupada: otro Madoguchi (quizá una importación desde la línea de comandos) está escribiendo en ella. Todavía no se guardó nada; inténtelo de nuevo en un momento.</translation>
        </message>
        <message>
            <location line="+91" />
            <source>This database was closed (after a change of user or a restore).</source>
            <translation>Esta base de datos se cerró (tras un cambio de usuario o una restauración).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Only an administrator can %1.</source>
            <translation>Solo un administrador puede %1.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is on read-only media (or in a folder that cannot be written): it can be read and reported on, but nothing can be changed in it.</source>
            <translation>%1 está en un medio de solo lectura (o en una carpeta donde no se puede escribir): se puede leer y usar para informes, pero no se puede modificar nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is on read-only media and was made by an older Madoguchi, so it cannot be updated to be read; copy it to this computer's disk first.</source>
            <translation>%1 está en un medio de solo lectura y lo hizo un Madoguchi más antiguo, así que no se puede actualizar para leerlo; cópielo primero al disco de esta computadora.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is empty (0 bytes), so it holds no records; it was kept as it is. Restore the newest backup instead.</source>
            <translation>%1 está vacío (0 bytes), así que no contiene registros; se dejó como está. Restaure la copia de seguridad más reciente.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/cells.py" line="+21" />
            <source>'%1' is not a date.</source>
            <translation>'%1' no es una fecha.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is a date that does not exist.</source>
            <translation>'%1' es una fecha que no existe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date is empty.</source>
            <translation>La fecha está vacía.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' has no year, and the sheet's title names no 年度: set the fiscal year in the mapping.</source>
            <translation>'%1' no tiene año y el título de la hoja no indica 年度: defina el año fiscal en la asignación.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/command.py" line="+64" />
            <source>Give --user NAME: the new town's first administrator.</source>
            <translation>Indique --user NOMBRE: el primer administrador del nuevo municipio.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 is a mapping for a resident roster; add --roster.</source>
            <translation>%1 es una asignación para un padrón de residentes; agregue --roster.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/errors.py" line="+18" />
            <source>%1 is not an Excel workbook (.xlsx, .xls) or a CSV file. Nothing was imported.</source>
            <translation>%1 no es un libro de Excel (.xlsx, .xls) ni un archivo CSV. No se importó nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is protected with a password: open it in Excel, remove the password, save it and try again. Nothing was imported.</source>
            <translation>%1 está protegido con contraseña: ábralo en Excel, quite la contraseña, guárdelo e inténtelo de nuevo. No se importó nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than %2 MB, the most a table import reads. Nothing was imported.</source>
            <translation>%1 tiene más de %2 MB, lo máximo que lee una importación de tabla. No se importó nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 unpacks to more than %2 MB, more than a table import reads. Nothing was imported.</source>
            <translation>%1 descomprimido supera los %2 MB, más de lo que lee una importación de tabla. No se importó nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 rows, the most a table import reads. Nothing was imported.</source>
            <translation>La hoja '%1' tiene más de %2 filas, lo máximo que lee una importación de tabla. No se importó nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 columns, the most a table import reads. Nothing was imported.</source>
            <translation>La hoja '%1' tiene más de %2 columnas, lo máximo que lee una importación de tabla. No se importó nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1', row %2 has a cell of %3 characters or more, as long as Excel itself allows. Nothing was imported.</source>
            <translation>Hoja '%1', fila %2: tiene una celda de %3 caracteres o más, lo máximo que permite el propio Excel. No se importó nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be read as a spreadsheet; it may be damaged. Nothing was imported.</source>
            <translation>No se pudo leer %1 como hoja de cálculo; puede estar dañado. No se importó nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file at %1.</source>
            <translation>No hay ningún archivo en %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file has no sheet named '%1'. Nothing was imported.</source>
            <translation>El archivo no tiene una hoja llamada '%1'. No se importó nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This file was already imported on %1 by %2; importing it again would add its records twice. Nothing was imported.</source>
            <translation>Este archivo ya se importó el %1 por %2; importarlo de nuevo agregaría sus registros dos veces. No se importó nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 rows have problems (see the preview or the report); correct the file or the mapping, or choose to skip those rows. Nothing was imported.</source>
            <translation>%1 filas tienen problemas (vea la vista previa o el informe); corrija el archivo o la asignación, o elija omitir esas filas. No se importó nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No row of the file can be imported. Nothing was imported.</source>
            <translation>Ninguna fila del archivo se puede importar. No se importó nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a Madoguchi mapping profile (%2). Nothing was imported.</source>
            <translation>%1 no es un perfil de asignación de Madoguchi (%2). No se importó nada.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/messages.py" line="-53" />
            <source>Blank row.</source>
            <translation>Fila en blanco.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Above the header row (a title or a note).</source>
            <translation>Encima de la fila de encabezado (un título o una nota).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The header row.</source>
            <translation>La fila de encabezado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A total row (合計).</source>
            <translation>Una fila de total (合計).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Struck through: a cancelled entry.</source>
            <translation>Tachado: una entrada cancelada.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marked as cancelled (取消).</source>
            <translation>Marcado como cancelado (取消).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A summary sheet with formulas.</source>
            <translation>Una hoja de resumen con fórmulas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No header row with known column names.</source>
            <translation>Ninguna fila de encabezado con nombres de columna conocidos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A hidden sheet (choose it to import it).</source>
            <translation>Una hoja oculta (elíjala para importarla).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sheet was not chosen.</source>
            <translation>La hoja no fue elegida.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped for its problems, as the mapping asks: %1</source>
            <translation>Omitida por sus problemas, como pide la asignación: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 '%2' has no code: choose one in the mapping.</source>
            <translation>%1 '%2' no tiene código: elija uno en la asignación.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No value for “%1”: map a column to it or set a default in the mapping.</source>
            <translation>Sin valor para “%1”: asígnele una columna o fije un valor predeterminado en la correspondencia.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No topic.</source>
            <translation>Sin tema.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a time of day.</source>
            <translation>'%1' no es una hora del día.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a number of minutes.</source>
            <translation>'%1' no es un número de minutos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name matches %1 residents; tell them apart in Madoguchi first.</source>
            <translation>El nombre coincide con %1 residentes; distíngalos primero en Madoguchi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field '%1': %2</source>
            <translation>Campo '%1': %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New resident.</source>
            <translation>Nuevo residente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matched an existing resident.</source>
            <translation>Coincide con un residente existente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous.</source>
            <translation>Anónimo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not on the roster any more (moved out?): not changed, check by hand.</source>
            <translation>Ya no está en el padrón (¿se mudó?): sin cambios, revíselo a mano.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: %1 updated.</source>
            <translation>Coincidencia: %1 actualizado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same name is already on the roster (sheet '%1', row %2).</source>
            <translation>El mismo nombre ya está en el padrón (hoja '%1', fila %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: nothing to change.</source>
            <translation>Coincidencia: nada que cambiar.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/roster.py" line="+54" />
            <source>%1 is a mapping for a consultation log, not for a roster.</source>
            <translation>%1 es una asignación para un registro de consultas, no para un padrón.</translation>
        </message>
        <message>
            <location filename="../app/reports/annual.py" line="+33" />
            <source>The annual report was not made: the hidden figure %1 cannot be protected together with the reports of this year issued before. Nothing was written.</source>
            <translation>No se hizo el informe anual: el número oculto %1 no puede protegerse junto con los informes de este año ya emitidos. No se escribió nada.</translation>
        </message>
        <message>
            <location filename="../app/kind_records.py" line="+52" />
            <source>That record no longer exists.</source>
            <translation>Ese registro ya no existe.</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="+74" />
            <source>%1 is not a category mapping (a JSON object with id, name and categories).</source>
            <translation>%1 no es una correspondencia de categorías (un objeto JSON con id, name y categories).</translation>
        </message>
        <message>
            <location filename="../app/reports/categories_cli.py" line="+23" />
            <source>%1 is not a category of %2; the categories are: %3.</source>
            <translation>%1 no es una categoría de %2; las categorías son: %3.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 could not be read as JSON.</source>
            <translation>No se pudo leer %1 como JSON.</translation>
        </message>
        <message>
            <location filename="../app/reports/datafile.py" line="+50" />
            <source>The annual data file needs the town's municipality code (全国地方公共団体コード): enter it in Settings → Reports.</source>
            <translation>El archivo de datos anual necesita el código del municipio (全国地方公共団体コード): introdúzcalo en Configuración → Informes.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The annual data file needs the town's name: enter it in Settings.</source>
            <translation>El archivo de datos anual necesita el nombre del municipio: introdúzcalo en Configuración.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is too large to be an annual data file.</source>
            <translation>%1 es demasiado grande para ser un archivo de datos anual.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 could not be read.</source>
            <translation>No se pudo leer %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi annual data file.</source>
            <translation>%1 no es un archivo de datos anual de Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was made by a newer Madoguchi (data format %2; this version reads up to %3): please update Madoguchi to read it.</source>
            <translation>%1 lo creó un Madoguchi más reciente (formato de datos %2; esta versión lee hasta %3): actualice Madoguchi para leerlo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, newer than this Madoguchi knows (%3): please update Madoguchi to read it.</source>
            <translation>%1 usa listas de códigos de la versión %2, más reciente de lo que conoce este Madoguchi (%3): actualice Madoguchi para leerlo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 does not follow the annual data format at %2 (%3); was it edited by hand?</source>
            <translation>%1 no sigue el formato de datos anual en %2 (%3); ¿se editó a mano?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 does not add up: %2; was it edited by hand?</source>
            <translation>%1 no cuadra: %2; ¿se editó a mano?</translation>
        </message>
        <message>
            <location line="+138" />
            <source>the municipality code's check digit</source>
            <translation>el dígito de control del código del municipio</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the cut-off date</source>
            <translation>la fecha de corte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the cut-off date lies outside the fiscal year</source>
            <translation>la fecha de corte está fuera del año fiscal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>provisional, by the cut-off date</source>
            <translation>provisional o no, según la fecha de corte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>exact or suppressed counts</source>
            <translation>recuentos exactos u ocultos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>an x among exact counts</source>
            <translation>una x entre recuentos exactos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 and the total of %2</source>
            <translation>%1 y el total de %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the months of %1</source>
            <translation>los meses de %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a month of %1 outside the fiscal year</source>
            <translation>un mes de %1 fuera del año fiscal</translation>
        </message>
        <message>
            <location filename="../app/reports/send.py" line="+23" />
            <source>Set the prefecture's address and the mail server in Settings first.</source>
            <translation>Configure primero la dirección de la prefectura y el servidor de correo en Configuración.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file to attach at %1.</source>
            <translation>No hay ningún archivo para adjuntar en %1.</translation>
        </message>
        <message>
            <location filename="../app/rollup/inputs.py" line="+19" />
            <source>Give at least one annual data file to roll up.</source>
            <translation>Indique al menos un archivo de datos anual para consolidar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is for %2, not %3 like %4; a roll-up covers one fiscal year. Nothing was written.</source>
            <translation>%1 es de %2, no de %3 como %4; un consolidado abarca un solo año fiscal. No se escribió nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 and %2 are both from %3 (municipality code %4); give one file per town. Nothing was written.</source>
            <translation>%1 y %2 son ambos de %3 (código del municipio %4); indique un archivo por municipio. No se escribió nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is provisional (records up to %2); roll up final files only, or ask for a provisional roll-up. Nothing was written.</source>
            <translation>%1 es provisional (registros hasta %2); consolide solo archivos definitivos o pida un consolidado provisional. No se escribió nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, which this Madoguchi cannot map to its own; nothing was written.</source>
            <translation>%1 usa listas de códigos de la versión %2, que este Madoguchi no puede hacer corresponder con las suyas; no se escribió nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is given twice. Nothing was written.</source>
            <translation>%1 se indicó dos veces. No se escribió nada.</translation>
        </message>
        <message>
            <location filename="../app/rollup/report.py" line="-6" />
            <source>The roll-up was not written: the hidden figure %1 cannot be protected; nothing was written.</source>
            <translation>No se escribió el consolidado: la cifra oculta %1 no se puede proteger; no se escribió nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The threshold is a whole number from 1 to 100 and the protection width one from 0 to 1000.</source>
            <translation>El umbral es un número entero de 1 a 100 y el margen de protección, de 0 a 1000.</translation>
        </message>
        <message>
            <location filename="../app/rollup/tables.py" line="+24" />
            <source>%1 does not add up (a table and its total differ); was it edited by hand? Nothing was written.</source>
            <translation>%1 no cuadra (una tabla y su total difieren); ¿se editó a mano? No se escribió nada.</translation>
        </message>
        <message>
            <location filename="../app/devices.py" line="-2" />
            <source>%1 already exists; choose a new file name for the other device's copy.</source>
            <translation>%1 ya existe; elija un nombre de archivo nuevo para la copia del otro dispositivo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No device %1 is known to this town.</source>
            <translation>Este municipio no conoce ningún dispositivo %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This device cannot revoke itself.</source>
            <translation>Este dispositivo no puede revocarse a sí mismo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can add a device.</source>
            <translation>Solo un administrador puede añadir un dispositivo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can revoke a device.</source>
            <translation>Solo un administrador puede revocar un dispositivo.</translation>
        </message>
        <message>
            <location filename="../app/exchange.py" line="+48" />
            <source>Some of these records were deleted from the database while the file was being imported. Nothing was imported.</source>
            <translation>Algunos de estos registros se eliminaron de la base de datos mientras se importaba el archivo. No se importó nada.</translation>
        </message>
        <message>
            <location filename="../app/exchange_apply.py" line="+32" />
            <source>A record refers to another record that is not here; nothing was changed.</source>
            <translation>Un registro hace referencia a otro que no está aquí; no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../app/sync/conflicts.py" line="+29" />
            <source>That conflict was already resolved.</source>
            <translation>Ese conflicto ya se resolvió.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose mine, theirs or a new value for field %1.</source>
            <translation>Elija el mío, el del otro o un valor nuevo para el campo %1.</translation>
        </message>
        <message>
            <location filename="../app/sync/engine.py" line="+40" />
            <source>Only an encrypted town can be synced between devices.</source>
            <translation>Solo un municipio cifrado puede sincronizarse entre dispositivos.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was written by this device; there is nothing to apply.</source>
            <translation>%1 lo escribió este dispositivo; no hay nada que aplicar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 comes from a device that was revoked; nothing was changed.</source>
            <translation>%1 proviene de un dispositivo revocado; no se cambió nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made by a newer Madoguchi (schema %2; this device has %3): update Madoguchi on this device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 lo creó un Madoguchi más reciente (esquema %2; este dispositivo tiene %3): actualice primero Madoguchi en este dispositivo. No se cambió nada y no se perdió nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 was made by an older Madoguchi (schema %2; this device has %3): update Madoguchi on the other device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 lo creó un Madoguchi más antiguo (esquema %2; este dispositivo tiene %3): actualice primero Madoguchi en el otro dispositivo. No se cambió nada y no se perdió nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 holds a record this device cannot take (%2); nothing was changed.</source>
            <translation>%1 contiene un registro que este dispositivo no puede aceptar (%2); no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../app/sync/folder.py" line="+27" />
            <source>The sync folder %1 cannot be reached; nothing was exchanged.</source>
            <translation>No se puede acceder a la carpeta de sincronización %1; no se intercambió nada.</translation>
        </message>
        <message>
            <location filename="../app/sync/packet.py" line="+28" />
            <source>%1 is not a Madoguchi sync packet.</source>
            <translation>%1 no es un paquete de sincronización de Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is a sync packet of another town; nothing was changed.</source>
            <translation>%1 es un paquete de sincronización de otro municipio; no se cambió nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made with another key, or was changed after it was written; nothing was changed.</source>
            <translation>%1 se creó con otra clave, o se modificó después de escribirse; no se cambió nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is too large for a sync packet; nothing was changed.</source>
            <translation>%1 es demasiado grande para un paquete de sincronización; no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../app/reports/schema_check.py" line="+96" />
            <source>matches none of the allowed forms</source>
            <translation>no coincide con ninguna de las formas permitidas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not of the expected kind (%1)</source>
            <translation>no es del tipo esperado (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be %1</source>
            <translation>debería ser %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be one of %1</source>
            <translation>debería ser uno de %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>should be at least %1</source>
            <translation>debería ser al menos %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be at most %1</source>
            <translation>debería ser como máximo %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>has more than %1 items</source>
            <translation>tiene más de %1 elementos</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is too short</source>
            <translation>es demasiado corto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is too long</source>
            <translation>es demasiado largo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is not in the expected form</source>
            <translation>no tiene la forma esperada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>lacks %1</source>
            <translation>le falta %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>has more than %1 entries</source>
            <translation>tiene más de %1 entradas</translation>
        </message>
        <message>
            <location line="+11" />
            <source>is not expected here</source>
            <translation>no se esperaba aquí</translation>
        </message>
    </context>
    <context>
        <name>run_window</name>
        <message>
            <location filename="../ui/main.py" line="+53" />
            <source>The database %1 is missing, but its key file is there. Restore the database from a backup; no new database was made.</source>
            <translation>Falta la base de datos %1, pero su archivo de clave está. Restaure la base de datos desde una copia de seguridad; no se creó ninguna base de datos nueva.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not a database file.</source>
            <translation>%1 no es un archivo de base de datos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 no está cifrado; Madoguchi guarda registros solo en bases de datos cifradas. No se modificó.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>Falta el archivo de clave %1 junto a la base de datos, así que no se puede abrir.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The folder %1 does not exist; no database was made.</source>
            <translation>La carpeta %1 no existe; no se creó ninguna base de datos.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot make its data folder %1 (%2).</source>
            <translation>Madoguchi no puede crear su carpeta de datos %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../app/accounts.py" line="-422" />
            <source>Use at least 8 characters.</source>
            <translation>Use al menos 8 caracteres.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Not a usable user name.</source>
            <translation>No es un nombre de usuario válido.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too like the name of another user; choose another.</source>
            <translation>Demasiado parecido al nombre de otro usuario; elija otro.</translation>
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
            <translation>No está en la lista de códigos.</translation>
        </message>
        <message>
            <location line="-97" />
            <source>This user already exists.</source>
            <translation>Este usuario ya existe.</translation>
        </message>
        <message>
            <location filename="../app/kinds.py" line="+273" />
            <source>Unknown code list.</source>
            <translation>Lista de códigos desconocida.</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Use letters, digits and underscores only.</source>
            <translation>Use solo letras, dígitos y guiones bajos.</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="-10" />
            <location line="+3" />
            <location line="+5" />
            <location filename="../app/validation.py" line="-6" />
            <source>Required.</source>
            <translation>Obligatorio.</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Already in the list.</source>
            <translation>Ya está en la lista.</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="-55" />
            <source>That resident no longer exists.</source>
            <translation>Ese residente ya no existe.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+281" />
            <source>must be a list of codes.</source>
            <translation>debe ser una lista de códigos.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>counts must be whole numbers.</source>
            <translation>los recuentos deben ser números enteros.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>each contact needs exactly 'app' and 'handle'.</source>
            <translation>cada contacto necesita exactamente 'app' y 'handle'.</translation>
        </message>
        <message>
            <location filename="../app/handover.py" line="-453" />
            <source>At most 20,000 characters.</source>
            <translation>Como máximo 20 000 caracteres.</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="-4" />
            <source>Write the Japanese version first.</source>
            <translation>Escriba primero la versión en japonés.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One text per language.</source>
            <translation>Un texto por idioma.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="-19" />
            <location filename="../app/knowledge.py" line="+4" />
            <source>Each language needs a question and an answer.</source>
            <translation>Cada idioma necesita una pregunta y una respuesta.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not a real date (use YYYY-MM-DD).</source>
            <translation>No es una fecha real (use AAAA-MM-DD).</translation>
        </message>
        <message>
            <location filename="../app/reports/config.py" line="-22" />
            <location line="+2" />
            <location line="+4" />
            <location filename="../app/validation.py" line="+17" />
            <source>Out of range.</source>
            <translation>Fuera de rango.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>More foreign residents than residents.</source>
            <translation>Más residentes extranjeros que residentes.</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="-33" />
            <source>A resident cannot be linked to themselves.</source>
            <translation>Un residente no se puede vincular consigo mismo.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="-16" />
            <source>Not a real time (use HH:MM).</source>
            <translation>No es una hora real (use HH:MM).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real date and time (use YYYY-MM-DD HH:MM; in a file, YYYY-MM-DDTHH:MM).</source>
            <translation>Fecha y hora no válidas (use YYYY-MM-DD HH:MM; en un archivo, YYYY-MM-DDTHH:MM).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lies in the future.</source>
            <translation>Está en el futuro.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time back is before time out.</source>
            <translation>La hora de regreso es anterior a la hora de salida.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up date is before the event.</source>
            <translation>La fecha de seguimiento es anterior al evento.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a name in native script or in Latin letters.</source>
            <translation>Escriba un nombre en escritura original o en letras latinas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use katakana only.</source>
            <translation>Use solo katakana.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A residence card number is 2 letters, 8 digits and 2 letters (AB12345678CD).</source>
            <translation>Un número de tarjeta de residencia tiene 2 letras, 8 dígitos y 2 letras (AB12345678CD).</translation>
        </message>
        <message>
            <location filename="../app/kinds.py" line="-225" />
            <source>Choose at least one topic.</source>
            <translation>Elija al menos un tema.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+4" />
            <source>Choose a resident, or the nationality for an anonymous record.</source>
            <translation>Elija un residente, o la nacionalidad para un registro anónimo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not an email address.</source>
            <translation>No es una dirección de correo electrónico.</translation>
        </message>
        <message>
            <location line="+166" />
            <source>Choose the nationality of each row of unregistered attendees.</source>
            <translation>Elija la nacionalidad de cada fila de participantes no registrados.</translation>
        </message>
        <message>
            <location filename="../app/reports/municipality.py" line="+10" />
            <source>A municipality code has six digits.</source>
            <translation>El código del municipio tiene seis dígitos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The last digit of this municipality code does not match the others.</source>
            <translation>El último dígito de este código no concuerda con los demás.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A municipality code starts with a prefecture number from 01 to 47.</source>
            <translation>El código del municipio empieza con el número de la prefectura, de 01 a 47.</translation>
        </message>
    </context>
</TS>
