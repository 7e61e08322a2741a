/**
 */
package org.fieldbook.model.util;

import java.time.Instant;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.fieldbook.model.Account;
import org.fieldbook.model.Annotation;
import org.fieldbook.model.BookableResource;
import org.fieldbook.model.Booking;
import org.fieldbook.model.BookingState;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.Conflict;
import org.fieldbook.model.ConflictResolution;
import org.fieldbook.model.Contact;
import org.fieldbook.model.CustomerAsset;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.FieldValue;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.IncidentType;
import org.fieldbook.model.LineStatus;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.OfflineProfileRelationship;
import org.fieldbook.model.OrganizationSettings;
import org.fieldbook.model.Product;
import org.fieldbook.model.SyncError;
import org.fieldbook.model.SyncErrorType;
import org.fieldbook.model.SyncSummary;
import org.fieldbook.model.TaskResult;
import org.fieldbook.model.TimeEntry;
import org.fieldbook.model.TimeEntryType;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderIncident;
import org.fieldbook.model.WorkOrderPriority;
import org.fieldbook.model.WorkOrderProduct;
import org.fieldbook.model.WorkOrderService;
import org.fieldbook.model.WorkOrderServiceTask;
import org.fieldbook.model.WorkOrderSystemStatus;

import org.fieldbook.model.validation.FieldRules;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.fieldbook.model.FieldbookPackage
 * @generated
 */
public class FieldbookValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final FieldbookValidator INSTANCE = new FieldbookValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.fieldbook.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FieldbookValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return FieldbookPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case FieldbookPackage.RECORD:
				return validateRecord((org.fieldbook.model.Record)value, diagnostics, context);
			case FieldbookPackage.BOOKING:
				return validateBooking((Booking)value, diagnostics, context);
			case FieldbookPackage.BOOKING_STATUS:
				return validateBookingStatus((BookingStatus)value, diagnostics, context);
			case FieldbookPackage.BOOKABLE_RESOURCE:
				return validateBookableResource((BookableResource)value, diagnostics, context);
			case FieldbookPackage.WORK_ORDER:
				return validateWorkOrder((WorkOrder)value, diagnostics, context);
			case FieldbookPackage.ACCOUNT:
				return validateAccount((Account)value, diagnostics, context);
			case FieldbookPackage.CONTACT:
				return validateContact((Contact)value, diagnostics, context);
			case FieldbookPackage.CUSTOMER_ASSET:
				return validateCustomerAsset((CustomerAsset)value, diagnostics, context);
			case FieldbookPackage.INCIDENT_TYPE:
				return validateIncidentType((IncidentType)value, diagnostics, context);
			case FieldbookPackage.WORK_ORDER_INCIDENT:
				return validateWorkOrderIncident((WorkOrderIncident)value, diagnostics, context);
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK:
				return validateWorkOrderServiceTask((WorkOrderServiceTask)value, diagnostics, context);
			case FieldbookPackage.WORK_ORDER_PRODUCT:
				return validateWorkOrderProduct((WorkOrderProduct)value, diagnostics, context);
			case FieldbookPackage.WORK_ORDER_SERVICE:
				return validateWorkOrderService((WorkOrderService)value, diagnostics, context);
			case FieldbookPackage.PRODUCT:
				return validateProduct((Product)value, diagnostics, context);
			case FieldbookPackage.OFFLINE_PROFILE:
				return validateOfflineProfile((OfflineProfile)value, diagnostics, context);
			case FieldbookPackage.OFFLINE_PROFILE_ITEM:
				return validateOfflineProfileItem((OfflineProfileItem)value, diagnostics, context);
			case FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP:
				return validateOfflineProfileRelationship((OfflineProfileRelationship)value, diagnostics, context);
			case FieldbookPackage.ORGANIZATION_SETTINGS:
				return validateOrganizationSettings((OrganizationSettings)value, diagnostics, context);
			case FieldbookPackage.CONFLICT:
				return validateConflict((Conflict)value, diagnostics, context);
			case FieldbookPackage.FIELD_VALUE:
				return validateFieldValue((FieldValue)value, diagnostics, context);
			case FieldbookPackage.SYNC_ERROR:
				return validateSyncError((SyncError)value, diagnostics, context);
			case FieldbookPackage.SYNC_SUMMARY:
				return validateSyncSummary((SyncSummary)value, diagnostics, context);
			case FieldbookPackage.ANNOTATION:
				return validateAnnotation((Annotation)value, diagnostics, context);
			case FieldbookPackage.TIME_ENTRY:
				return validateTimeEntry((TimeEntry)value, diagnostics, context);
			case FieldbookPackage.FIELD_SERVICE_STATUS:
				return validateFieldServiceStatus((FieldServiceStatus)value, diagnostics, context);
			case FieldbookPackage.BOOKING_STATE:
				return validateBookingState((BookingState)value, diagnostics, context);
			case FieldbookPackage.WORK_ORDER_SYSTEM_STATUS:
				return validateWorkOrderSystemStatus((WorkOrderSystemStatus)value, diagnostics, context);
			case FieldbookPackage.WORK_ORDER_PRIORITY:
				return validateWorkOrderPriority((WorkOrderPriority)value, diagnostics, context);
			case FieldbookPackage.TASK_RESULT:
				return validateTaskResult((TaskResult)value, diagnostics, context);
			case FieldbookPackage.LINE_STATUS:
				return validateLineStatus((LineStatus)value, diagnostics, context);
			case FieldbookPackage.DOWNLOAD_FILTER:
				return validateDownloadFilter((DownloadFilter)value, diagnostics, context);
			case FieldbookPackage.CONFLICT_RESOLUTION:
				return validateConflictResolution((ConflictResolution)value, diagnostics, context);
			case FieldbookPackage.SYNC_ERROR_TYPE:
				return validateSyncErrorType((SyncErrorType)value, diagnostics, context);
			case FieldbookPackage.TIME_ENTRY_TYPE:
				return validateTimeEntryType((TimeEntryType)value, diagnostics, context);
			case FieldbookPackage.INSTANT:
				return validateInstant((Instant)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecord(org.fieldbook.model.Record record, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(record, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBooking(Booking booking, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(booking, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validateBooking_endNotBeforeStart(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validateBooking_durationNotNegative(booking, diagnostics, context);
		return result;
	}

	/**
	 * Validates the endNotBeforeStart constraint of '<em>Booking</em>'.
	 * <!-- begin-user-doc -->
	 * The rule lives in {@link FieldRules#endNotBeforeStart}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateBooking_endNotBeforeStart(Booking booking, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(booking, "endNotBeforeStart", FieldRules.endNotBeforeStart(booking), diagnostics, context);
	}

	/**
	 * Validates the durationNotNegative constraint of '<em>Booking</em>'.
	 * <!-- begin-user-doc -->
	 * The rule lives in {@link FieldRules#durationNotNegative}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateBooking_durationNotNegative(Booking booking, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(booking, "durationNotNegative", FieldRules.durationNotNegative(booking), diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBookingStatus(BookingStatus bookingStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(bookingStatus, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBookableResource(BookableResource bookableResource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(bookableResource, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkOrder(WorkOrder workOrder, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(workOrder, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(workOrder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(workOrder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(workOrder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(workOrder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(workOrder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(workOrder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(workOrder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(workOrder, diagnostics, context);
		if (result || diagnostics != null) result &= validateWorkOrder_coordinatesInRange(workOrder, diagnostics, context);
		return result;
	}

	/**
	 * Validates the coordinatesInRange constraint of '<em>Work Order</em>'.
	 * <!-- begin-user-doc -->
	 * The rule lives in {@link FieldRules#coordinatesInRange}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateWorkOrder_coordinatesInRange(WorkOrder workOrder, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(workOrder, "coordinatesInRange", FieldRules.coordinatesInRange(workOrder), diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAccount(Account account, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(account, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContact(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(contact, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCustomerAsset(CustomerAsset customerAsset, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(customerAsset, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIncidentType(IncidentType incidentType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(incidentType, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkOrderIncident(WorkOrderIncident workOrderIncident, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(workOrderIncident, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkOrderServiceTask(WorkOrderServiceTask workOrderServiceTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(workOrderServiceTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(workOrderServiceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(workOrderServiceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(workOrderServiceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(workOrderServiceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(workOrderServiceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(workOrderServiceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(workOrderServiceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(workOrderServiceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateWorkOrderServiceTask_percentCompleteInRange(workOrderServiceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateWorkOrderServiceTask_durationsNotNegative(workOrderServiceTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the percentCompleteInRange constraint of '<em>Work Order Service Task</em>'.
	 * <!-- begin-user-doc -->
	 * The rule lives in {@link FieldRules#percentCompleteInRange}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateWorkOrderServiceTask_percentCompleteInRange(WorkOrderServiceTask workOrderServiceTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(workOrderServiceTask, "percentCompleteInRange", FieldRules.percentCompleteInRange(workOrderServiceTask), diagnostics, context);
	}

	/**
	 * Validates the durationsNotNegative constraint of '<em>Work Order Service Task</em>'.
	 * <!-- begin-user-doc -->
	 * The rule lives in {@link FieldRules#durationsNotNegative}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateWorkOrderServiceTask_durationsNotNegative(WorkOrderServiceTask workOrderServiceTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(workOrderServiceTask, "durationsNotNegative", FieldRules.durationsNotNegative(workOrderServiceTask), diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkOrderProduct(WorkOrderProduct workOrderProduct, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(workOrderProduct, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(workOrderProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(workOrderProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(workOrderProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(workOrderProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(workOrderProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(workOrderProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(workOrderProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(workOrderProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validateWorkOrderProduct_quantitiesNotNegative(workOrderProduct, diagnostics, context);
		return result;
	}

	/**
	 * Validates the quantitiesNotNegative constraint of '<em>Work Order Product</em>'.
	 * <!-- begin-user-doc -->
	 * The rule lives in {@link FieldRules#quantitiesNotNegative}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateWorkOrderProduct_quantitiesNotNegative(WorkOrderProduct workOrderProduct, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(workOrderProduct, "quantitiesNotNegative", FieldRules.quantitiesNotNegative(workOrderProduct), diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkOrderService(WorkOrderService workOrderService, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(workOrderService, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(workOrderService, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(workOrderService, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(workOrderService, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(workOrderService, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(workOrderService, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(workOrderService, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(workOrderService, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(workOrderService, diagnostics, context);
		if (result || diagnostics != null) result &= validateWorkOrderService_durationNotNegative(workOrderService, diagnostics, context);
		return result;
	}

	/**
	 * Validates the durationNotNegative constraint of '<em>Work Order Service</em>'.
	 * <!-- begin-user-doc -->
	 * The rule lives in {@link FieldRules#durationNotNegative}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateWorkOrderService_durationNotNegative(WorkOrderService workOrderService, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(workOrderService, "durationNotNegative", FieldRules.durationNotNegative(workOrderService), diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProduct(Product product, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(product, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOfflineProfile(OfflineProfile offlineProfile, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(offlineProfile, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOfflineProfileItem(OfflineProfileItem offlineProfileItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(offlineProfileItem, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(offlineProfileItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(offlineProfileItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(offlineProfileItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(offlineProfileItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(offlineProfileItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(offlineProfileItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(offlineProfileItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(offlineProfileItem, diagnostics, context);
		if (result || diagnostics != null) result &= validateOfflineProfileItem_syncIntervalInRange(offlineProfileItem, diagnostics, context);
		if (result || diagnostics != null) result &= validateOfflineProfileItem_customFilterPresent(offlineProfileItem, diagnostics, context);
		return result;
	}

	/**
	 * Validates the syncIntervalInRange constraint of '<em>Offline Profile Item</em>'.
	 * <!-- begin-user-doc -->
	 * The rule lives in {@link FieldRules#syncIntervalInRange}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateOfflineProfileItem_syncIntervalInRange(OfflineProfileItem offlineProfileItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(offlineProfileItem, "syncIntervalInRange", FieldRules.syncIntervalInRange(offlineProfileItem), diagnostics, context);
	}

	/**
	 * Validates the customFilterPresent constraint of '<em>Offline Profile Item</em>'.
	 * <!-- begin-user-doc -->
	 * The rule lives in {@link FieldRules#customFilterPresent}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateOfflineProfileItem_customFilterPresent(OfflineProfileItem offlineProfileItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(offlineProfileItem, "customFilterPresent", FieldRules.customFilterPresent(offlineProfileItem), diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOfflineProfileRelationship(OfflineProfileRelationship offlineProfileRelationship, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(offlineProfileRelationship, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganizationSettings(OrganizationSettings organizationSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(organizationSettings, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConflict(Conflict conflict, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(conflict, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFieldValue(FieldValue fieldValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(fieldValue, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSyncError(SyncError syncError, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(syncError, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSyncSummary(SyncSummary syncSummary, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(syncSummary, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnnotation(Annotation annotation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(annotation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTimeEntry(TimeEntry timeEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(timeEntry, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(timeEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(timeEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(timeEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(timeEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(timeEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(timeEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(timeEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(timeEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validateTimeEntry_endNotBeforeStart(timeEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validateTimeEntry_durationNotNegative(timeEntry, diagnostics, context);
		return result;
	}

	/**
	 * Validates the endNotBeforeStart constraint of '<em>Time Entry</em>'.
	 * <!-- begin-user-doc -->
	 * The rule lives in {@link FieldRules#endNotBeforeStart}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTimeEntry_endNotBeforeStart(TimeEntry timeEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(timeEntry, "endNotBeforeStart", FieldRules.endNotBeforeStart(timeEntry), diagnostics, context);
	}

	/**
	 * Validates the durationNotNegative constraint of '<em>Time Entry</em>'.
	 * <!-- begin-user-doc -->
	 * The rule lives in {@link FieldRules#durationNotNegative}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTimeEntry_durationNotNegative(TimeEntry timeEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(timeEntry, "durationNotNegative", FieldRules.durationNotNegative(timeEntry), diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFieldServiceStatus(FieldServiceStatus fieldServiceStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBookingState(BookingState bookingState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkOrderSystemStatus(WorkOrderSystemStatus workOrderSystemStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkOrderPriority(WorkOrderPriority workOrderPriority, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTaskResult(TaskResult taskResult, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLineStatus(LineStatus lineStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDownloadFilter(DownloadFilter downloadFilter, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConflictResolution(ConflictResolution conflictResolution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSyncErrorType(SyncErrorType syncErrorType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTimeEntryType(TimeEntryType timeEntryType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstant(Instant instant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Adds a broken rule's message, which names the field, as an error diagnostic.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	private boolean report(EObject object, String rule, Optional<String> violation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (violation.isEmpty()) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, 0,
					object.eClass().getName() + ": " + violation.get(), new Object[] { object, rule }));
		}
		return false;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //FieldbookValidator
