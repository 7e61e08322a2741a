/**
 */
package org.fieldbook.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

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
import org.fieldbook.model.FieldbookFactory;
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

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FieldbookFactoryImpl extends EFactoryImpl implements FieldbookFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FieldbookFactory init() {
		try {
			FieldbookFactory theFieldbookFactory = (FieldbookFactory)EPackage.Registry.INSTANCE.getEFactory(FieldbookPackage.eNS_URI);
			if (theFieldbookFactory != null) {
				return theFieldbookFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FieldbookFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FieldbookFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case FieldbookPackage.BOOKING: return createBooking();
			case FieldbookPackage.BOOKING_STATUS: return createBookingStatus();
			case FieldbookPackage.BOOKABLE_RESOURCE: return createBookableResource();
			case FieldbookPackage.WORK_ORDER: return createWorkOrder();
			case FieldbookPackage.ACCOUNT: return createAccount();
			case FieldbookPackage.CONTACT: return createContact();
			case FieldbookPackage.CUSTOMER_ASSET: return createCustomerAsset();
			case FieldbookPackage.INCIDENT_TYPE: return createIncidentType();
			case FieldbookPackage.WORK_ORDER_INCIDENT: return createWorkOrderIncident();
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK: return createWorkOrderServiceTask();
			case FieldbookPackage.WORK_ORDER_PRODUCT: return createWorkOrderProduct();
			case FieldbookPackage.WORK_ORDER_SERVICE: return createWorkOrderService();
			case FieldbookPackage.PRODUCT: return createProduct();
			case FieldbookPackage.OFFLINE_PROFILE: return createOfflineProfile();
			case FieldbookPackage.OFFLINE_PROFILE_ITEM: return createOfflineProfileItem();
			case FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP: return createOfflineProfileRelationship();
			case FieldbookPackage.ORGANIZATION_SETTINGS: return createOrganizationSettings();
			case FieldbookPackage.CONFLICT: return createConflict();
			case FieldbookPackage.FIELD_VALUE: return createFieldValue();
			case FieldbookPackage.SYNC_ERROR: return createSyncError();
			case FieldbookPackage.SYNC_SUMMARY: return createSyncSummary();
			case FieldbookPackage.ANNOTATION: return createAnnotation();
			case FieldbookPackage.TIME_ENTRY: return createTimeEntry();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case FieldbookPackage.FIELD_SERVICE_STATUS:
				return createFieldServiceStatusFromString(eDataType, initialValue);
			case FieldbookPackage.BOOKING_STATE:
				return createBookingStateFromString(eDataType, initialValue);
			case FieldbookPackage.WORK_ORDER_SYSTEM_STATUS:
				return createWorkOrderSystemStatusFromString(eDataType, initialValue);
			case FieldbookPackage.WORK_ORDER_PRIORITY:
				return createWorkOrderPriorityFromString(eDataType, initialValue);
			case FieldbookPackage.TASK_RESULT:
				return createTaskResultFromString(eDataType, initialValue);
			case FieldbookPackage.LINE_STATUS:
				return createLineStatusFromString(eDataType, initialValue);
			case FieldbookPackage.DOWNLOAD_FILTER:
				return createDownloadFilterFromString(eDataType, initialValue);
			case FieldbookPackage.CONFLICT_RESOLUTION:
				return createConflictResolutionFromString(eDataType, initialValue);
			case FieldbookPackage.SYNC_ERROR_TYPE:
				return createSyncErrorTypeFromString(eDataType, initialValue);
			case FieldbookPackage.TIME_ENTRY_TYPE:
				return createTimeEntryTypeFromString(eDataType, initialValue);
			case FieldbookPackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case FieldbookPackage.FIELD_SERVICE_STATUS:
				return convertFieldServiceStatusToString(eDataType, instanceValue);
			case FieldbookPackage.BOOKING_STATE:
				return convertBookingStateToString(eDataType, instanceValue);
			case FieldbookPackage.WORK_ORDER_SYSTEM_STATUS:
				return convertWorkOrderSystemStatusToString(eDataType, instanceValue);
			case FieldbookPackage.WORK_ORDER_PRIORITY:
				return convertWorkOrderPriorityToString(eDataType, instanceValue);
			case FieldbookPackage.TASK_RESULT:
				return convertTaskResultToString(eDataType, instanceValue);
			case FieldbookPackage.LINE_STATUS:
				return convertLineStatusToString(eDataType, instanceValue);
			case FieldbookPackage.DOWNLOAD_FILTER:
				return convertDownloadFilterToString(eDataType, instanceValue);
			case FieldbookPackage.CONFLICT_RESOLUTION:
				return convertConflictResolutionToString(eDataType, instanceValue);
			case FieldbookPackage.SYNC_ERROR_TYPE:
				return convertSyncErrorTypeToString(eDataType, instanceValue);
			case FieldbookPackage.TIME_ENTRY_TYPE:
				return convertTimeEntryTypeToString(eDataType, instanceValue);
			case FieldbookPackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Booking createBooking() {
		BookingImpl booking = new BookingImpl();
		return booking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BookingStatus createBookingStatus() {
		BookingStatusImpl bookingStatus = new BookingStatusImpl();
		return bookingStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BookableResource createBookableResource() {
		BookableResourceImpl bookableResource = new BookableResourceImpl();
		return bookableResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkOrder createWorkOrder() {
		WorkOrderImpl workOrder = new WorkOrderImpl();
		return workOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Account createAccount() {
		AccountImpl account = new AccountImpl();
		return account;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact createContact() {
		ContactImpl contact = new ContactImpl();
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerAsset createCustomerAsset() {
		CustomerAssetImpl customerAsset = new CustomerAssetImpl();
		return customerAsset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IncidentType createIncidentType() {
		IncidentTypeImpl incidentType = new IncidentTypeImpl();
		return incidentType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkOrderIncident createWorkOrderIncident() {
		WorkOrderIncidentImpl workOrderIncident = new WorkOrderIncidentImpl();
		return workOrderIncident;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkOrderServiceTask createWorkOrderServiceTask() {
		WorkOrderServiceTaskImpl workOrderServiceTask = new WorkOrderServiceTaskImpl();
		return workOrderServiceTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkOrderProduct createWorkOrderProduct() {
		WorkOrderProductImpl workOrderProduct = new WorkOrderProductImpl();
		return workOrderProduct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkOrderService createWorkOrderService() {
		WorkOrderServiceImpl workOrderService = new WorkOrderServiceImpl();
		return workOrderService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Product createProduct() {
		ProductImpl product = new ProductImpl();
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OfflineProfile createOfflineProfile() {
		OfflineProfileImpl offlineProfile = new OfflineProfileImpl();
		return offlineProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OfflineProfileItem createOfflineProfileItem() {
		OfflineProfileItemImpl offlineProfileItem = new OfflineProfileItemImpl();
		return offlineProfileItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OfflineProfileRelationship createOfflineProfileRelationship() {
		OfflineProfileRelationshipImpl offlineProfileRelationship = new OfflineProfileRelationshipImpl();
		return offlineProfileRelationship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganizationSettings createOrganizationSettings() {
		OrganizationSettingsImpl organizationSettings = new OrganizationSettingsImpl();
		return organizationSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Conflict createConflict() {
		ConflictImpl conflict = new ConflictImpl();
		return conflict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldValue createFieldValue() {
		FieldValueImpl fieldValue = new FieldValueImpl();
		return fieldValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SyncError createSyncError() {
		SyncErrorImpl syncError = new SyncErrorImpl();
		return syncError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SyncSummary createSyncSummary() {
		SyncSummaryImpl syncSummary = new SyncSummaryImpl();
		return syncSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Annotation createAnnotation() {
		AnnotationImpl annotation = new AnnotationImpl();
		return annotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeEntry createTimeEntry() {
		TimeEntryImpl timeEntry = new TimeEntryImpl();
		return timeEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FieldServiceStatus createFieldServiceStatusFromString(EDataType eDataType, String initialValue) {
		FieldServiceStatus result = FieldServiceStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFieldServiceStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BookingState createBookingStateFromString(EDataType eDataType, String initialValue) {
		BookingState result = BookingState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBookingStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkOrderSystemStatus createWorkOrderSystemStatusFromString(EDataType eDataType, String initialValue) {
		WorkOrderSystemStatus result = WorkOrderSystemStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWorkOrderSystemStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkOrderPriority createWorkOrderPriorityFromString(EDataType eDataType, String initialValue) {
		WorkOrderPriority result = WorkOrderPriority.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWorkOrderPriorityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TaskResult createTaskResultFromString(EDataType eDataType, String initialValue) {
		TaskResult result = TaskResult.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTaskResultToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LineStatus createLineStatusFromString(EDataType eDataType, String initialValue) {
		LineStatus result = LineStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLineStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DownloadFilter createDownloadFilterFromString(EDataType eDataType, String initialValue) {
		DownloadFilter result = DownloadFilter.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDownloadFilterToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConflictResolution createConflictResolutionFromString(EDataType eDataType, String initialValue) {
		ConflictResolution result = ConflictResolution.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConflictResolutionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SyncErrorType createSyncErrorTypeFromString(EDataType eDataType, String initialValue) {
		SyncErrorType result = SyncErrorType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSyncErrorTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TimeEntryType createTimeEntryTypeFromString(EDataType eDataType, String initialValue) {
		TimeEntryType result = TimeEntryType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTimeEntryTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * ISO-8601 instants, as the Web API writes them.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return initialValue == null ? null : Instant.parse(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * ISO-8601 instants, as the Web API writes them.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldbookPackage getFieldbookPackage() {
		return (FieldbookPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FieldbookPackage getPackage() {
		return FieldbookPackage.eINSTANCE;
	}

} //FieldbookFactoryImpl
