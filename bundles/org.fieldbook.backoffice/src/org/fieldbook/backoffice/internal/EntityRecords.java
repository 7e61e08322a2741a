package org.fieldbook.backoffice.internal;

import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.olingo.commons.api.data.Entity;
import org.apache.olingo.commons.api.data.Link;
import org.apache.olingo.commons.api.data.Property;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.ODataApplicationException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.jdbc.ColumnMapping;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseLookup;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.model.dataverse.FieldText;

/** Applies the columns of a request body to a model record, checking types and the model's constraints. */
final class EntityRecords {

    /** Columns the server sets on every write; as in Dataverse, values a client sends for them are ignored. */
    private static final Set<String> SERVER_SET = Set.of("createdon", "modifiedon", "filesize", "isdocument", "objecttypecode",
            "_createdby_value", "_modifiedby_value");

    private EntityRecords() {
    }

    /**
     * @param stored the row to change, or null to make a new one
     * @return the record with the body's columns applied, valid by the model's constraints
     * @throws ODataApplicationException 400 naming the column that is wrong
     */
    static Record toRecord(TableMapping table, Entity body, Record stored, String id) throws ODataApplicationException {
        Record row = stored == null ? (Record) EcoreUtil.create(table.eClass()) : stored;
        row.setId(id.toLowerCase(Locale.ROOT));
        for (Property property : body.getProperties()) {
            if (property.getName().equals(table.logicalName() + "id") || SERVER_SET.contains(property.getName())) {
                continue;
            }
            ColumnMapping column = table.columns().stream().filter(candidate -> candidate.dataverseName().equals(property.getName()))
                    .findFirst().orElseThrow(() -> badRequest("The property '" + property.getName() + "' cannot be written."));
            if (column.isLookup()) {
                throw badRequest("The lookup '" + property.getName() + "' is read-only: set it with its navigation property's"
                        + " @odata.bind.");
            }
            ColumnLengths.check(table.logicalName(), column.dataverseName(), column.feature(), property.getValue());
            row.eSet(column.feature(), modelValue(column, property.getValue()));
        }
        if (!body.getNavigationLinks().isEmpty()) {
            throw badRequest("Deep insert is not supported: create the row of '" + body.getNavigationLinks().get(0).getTitle()
                    + "' on its own and bind it with " + body.getNavigationLinks().get(0).getTitle() + "@odata.bind.");
        }
        for (Link binding : body.getNavigationBindings()) {
            bind(row, binding);
        }
        Diagnostic validation = Diagnostician.INSTANCE.validate(row);
        if (validation.getSeverity() >= Diagnostic.ERROR) {
            throw badRequest(RecordDiagnostics.message(table, validation));
        }
        return row;
    }

    private static final Pattern ROW_LINK = Pattern.compile("(?:.*/)?(\\w+)\\(([0-9A-Fa-f-]{36})\\)");

    /** Sets a lookup from {@code nav@odata.bind}: a link to the row, {@code /accounts(<guid>)}, or null to clear it. */
    private static void bind(Record row, Link binding) throws ODataApplicationException {
        DataverseLookup lookup = DataverseSchema.fieldbook().byClass(row.eClass()).orElseThrow().lookups().stream()
                .filter(candidate -> candidate.navigation().equals(binding.getTitle())).findFirst()
                .orElseThrow(() -> badRequest("'" + binding.getTitle() + "' is not a lookup of this table."));
        if (binding.getBindingLink() == null) {
            row.eSet(lookup.reference(), null);
            return;
        }
        DataverseTable target = DataverseSchema.fieldbook().byClass(lookup.reference().getEReferenceType()).orElseThrow();
        Matcher link = ROW_LINK.matcher(binding.getBindingLink());
        if (!link.matches() || !link.group(1).equals(target.entitySet())) {
            throw badRequest(binding.getTitle() + "@odata.bind must name a row of " + target.entitySet() + ", like /"
                    + target.entitySet() + "(<guid>).");
        }
        row.eSet(lookup.reference(), FieldText.reference(target.eClass(), link.group(2).toLowerCase(Locale.ROOT)));
    }

    /** {@link #toRecord} for use inside a database transaction: a refusal travels as {@link Rejected}. */
    static Record toRecordOrReject(TableMapping table, Entity body, Record stored, String id) {
        try {
            return toRecord(table, body, stored, id);
        } catch (ODataApplicationException e) {
            throw new Rejected(e);
        }
    }

    /** A refused request body, carried out of a transaction, which it rolls back. */
    static final class Rejected extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Rejected(ODataApplicationException reason) {
            super(reason.getMessage(), reason);
        }

        ODataApplicationException reason() {
            return (ODataApplicationException) getCause();
        }
    }

    private static Object modelValue(ColumnMapping column, Object value) throws ODataApplicationException {
        EDataType type = ((EAttribute) column.feature()).getEAttributeType();
        if (value == null) {
            return type.getDefaultValue();
        }
        if (type instanceof EEnum choice) {
            EEnumLiteral literal = choice.getEEnumLiteral(((Number) value).intValue());
            if (literal == null) {
                throw badRequest(value + " is not a valid value for " + column.dataverseName() + ".");
            }
            return literal.getInstance();
        }
        Class<?> target = type.getInstanceClass();
        if (value instanceof Calendar calendar) {
            return calendar.toInstant();
        } else if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        } else if (value instanceof Date date) {
            return date.toInstant();
        } else if (value instanceof Number number) {
            return number(target, number);
        } else if (value instanceof UUID key) {
            return key.toString();
        }
        return value;
    }

    /** Not a conditional expression: its numeric promotion would turn every int into a Double. */
    private static Object number(Class<?> target, Number number) {
        if (target == int.class) {
            return number.intValue();
        } else if (target == long.class) {
            return number.longValue();
        }
        return number.doubleValue();
    }

    private static ODataApplicationException badRequest(String message) {
        return new ODataApplicationException(message, HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ROOT, "0x80040203");
    }
}
