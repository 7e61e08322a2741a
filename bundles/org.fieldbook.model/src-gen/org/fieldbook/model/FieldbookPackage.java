/**
 */
package org.fieldbook.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Fieldbook's field-service records, named after the Dataverse Web API tables they mirror (see the http://www.fieldbook.org/dataverse annotations), the offline profile, and the device's sync bookkeeping.
 * <!-- end-model-doc -->
 * @see org.fieldbook.model.FieldbookFactory
 * @model kind="package"
 * @generated
 */
public interface FieldbookPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.fieldbook.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "fieldbook";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FieldbookPackage eINSTANCE = org.fieldbook.model.impl.FieldbookPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.RecordImpl <em>Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.RecordImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getRecord()
	 * @generated
	 */
	int RECORD = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__ID = 0;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__VERSION_NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__CREATED_ON = 2;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__MODIFIED_ON = 3;

	/**
	 * The number of structural features of the '<em>Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.BookingImpl <em>Booking</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.BookingImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getBooking()
	 * @generated
	 */
	int BOOKING = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__NAME = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__START_TIME = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>End Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__END_TIME = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__DURATION = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__STATUS = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__RESOURCE = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Work Order</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__WORK_ORDER = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Actual Arrival Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__ACTUAL_ARRIVAL_TIME = RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Estimated Travel Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__ESTIMATED_TRAVEL_DURATION = RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Actual Travel Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__ACTUAL_TRAVEL_DURATION = RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Total Break Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__TOTAL_BREAK_DURATION = RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Owner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__OWNER_ID = RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Owning Business Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__OWNING_BUSINESS_UNIT = RECORD_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Booking</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_FEATURE_COUNT = RECORD_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Booking</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.BookingStatusImpl <em>Booking Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.BookingStatusImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getBookingStatus()
	 * @generated
	 */
	int BOOKING_STATUS = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_STATUS__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_STATUS__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_STATUS__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_STATUS__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_STATUS__NAME = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_STATUS__STATUS = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Field Service Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_STATUS__FIELD_SERVICE_STATUS = RECORD_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Booking Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_STATUS_FEATURE_COUNT = RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Booking Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_STATUS_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.BookableResourceImpl <em>Bookable Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.BookableResourceImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getBookableResource()
	 * @generated
	 */
	int BOOKABLE_RESOURCE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKABLE_RESOURCE__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKABLE_RESOURCE__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKABLE_RESOURCE__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKABLE_RESOURCE__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKABLE_RESOURCE__NAME = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Resource Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKABLE_RESOURCE__RESOURCE_TYPE = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>User Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKABLE_RESOURCE__USER_ID = RECORD_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Bookable Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKABLE_RESOURCE_FEATURE_COUNT = RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Bookable Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKABLE_RESOURCE_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.WorkOrderImpl <em>Work Order</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.WorkOrderImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getWorkOrder()
	 * @generated
	 */
	int WORK_ORDER = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__NUMBER = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>System Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__SYSTEM_STATUS = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Substatus Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__SUBSTATUS_ID = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__PRIORITY = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Service Account</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__SERVICE_ACCOUNT = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Reported By Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__REPORTED_BY_CONTACT = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Primary Incident Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__PRIMARY_INCIDENT_TYPE = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Customer Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__CUSTOMER_ASSET = RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__INSTRUCTIONS = RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Address1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__ADDRESS1 = RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Address2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__ADDRESS2 = RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Address3</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__ADDRESS3 = RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__CITY = RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>State Or Province</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__STATE_OR_PROVINCE = RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__POSTAL_CODE = RECORD_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__COUNTRY = RECORD_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__LATITUDE = RECORD_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__LONGITUDE = RECORD_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__SUMMARY = RECORD_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>First Arrived On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__FIRST_ARRIVED_ON = RECORD_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Completed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__COMPLETED_ON = RECORD_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Owner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__OWNER_ID = RECORD_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Owning Business Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__OWNING_BUSINESS_UNIT = RECORD_FEATURE_COUNT + 22;

	/**
	 * The number of structural features of the '<em>Work Order</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_FEATURE_COUNT = RECORD_FEATURE_COUNT + 23;

	/**
	 * The number of operations of the '<em>Work Order</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.AccountImpl <em>Account</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.AccountImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getAccount()
	 * @generated
	 */
	int ACCOUNT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__NAME = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Telephone1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__TELEPHONE1 = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Address1 Line1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__ADDRESS1_LINE1 = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Address1 City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__ADDRESS1_CITY = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Address1 Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__ADDRESS1_POSTAL_CODE = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Owner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__OWNER_ID = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owning Business Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__OWNING_BUSINESS_UNIT = RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Account</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_FEATURE_COUNT = RECORD_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Account</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.ContactImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Full Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__FULL_NAME = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>First Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__FIRST_NAME = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Last Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__LAST_NAME = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Telephone1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__TELEPHONE1 = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Email Address1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__EMAIL_ADDRESS1 = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Parent Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PARENT_CUSTOMER = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__OWNER_ID = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Owning Business Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__OWNING_BUSINESS_UNIT = RECORD_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = RECORD_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.CustomerAssetImpl <em>Customer Asset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.CustomerAssetImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getCustomerAsset()
	 * @generated
	 */
	int CUSTOMER_ASSET = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ASSET__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ASSET__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ASSET__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ASSET__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ASSET__NAME = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Account</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ASSET__ACCOUNT = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Product</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ASSET__PRODUCT = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ASSET__OWNER_ID = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Owning Business Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ASSET__OWNING_BUSINESS_UNIT = RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Customer Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ASSET_FEATURE_COUNT = RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Customer Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ASSET_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.IncidentTypeImpl <em>Incident Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.IncidentTypeImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getIncidentType()
	 * @generated
	 */
	int INCIDENT_TYPE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT_TYPE__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT_TYPE__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT_TYPE__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT_TYPE__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT_TYPE__NAME = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT_TYPE__DESCRIPTION = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Owner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT_TYPE__OWNER_ID = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owning Business Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT_TYPE__OWNING_BUSINESS_UNIT = RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Incident Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT_TYPE_FEATURE_COUNT = RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Incident Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT_TYPE_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.WorkOrderIncidentImpl <em>Work Order Incident</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.WorkOrderIncidentImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getWorkOrderIncident()
	 * @generated
	 */
	int WORK_ORDER_INCIDENT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_INCIDENT__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_INCIDENT__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_INCIDENT__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_INCIDENT__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Work Order</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_INCIDENT__WORK_ORDER = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Incident Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_INCIDENT__INCIDENT_TYPE = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Customer Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_INCIDENT__CUSTOMER_ASSET = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_INCIDENT__PRIMARY = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Incident Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_INCIDENT__INCIDENT_RESOLVED = RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Work Order Incident</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_INCIDENT_FEATURE_COUNT = RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Work Order Incident</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_INCIDENT_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.WorkOrderServiceTaskImpl <em>Work Order Service Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.WorkOrderServiceTaskImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getWorkOrderServiceTask()
	 * @generated
	 */
	int WORK_ORDER_SERVICE_TASK = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_TASK__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_TASK__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_TASK__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_TASK__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_TASK__NAME = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Work Order</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_TASK__WORK_ORDER = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Booking</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_TASK__BOOKING = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_TASK__PERCENT_COMPLETE = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_TASK__RESULT = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Estimated Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_TASK__ESTIMATED_DURATION = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Actual Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_TASK__ACTUAL_DURATION = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Line Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_TASK__LINE_ORDER = RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_TASK__DESCRIPTION = RECORD_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Work Order Service Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_TASK_FEATURE_COUNT = RECORD_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Is Completed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_TASK___IS_COMPLETED = RECORD_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Work Order Service Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_TASK_OPERATION_COUNT = RECORD_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.WorkOrderProductImpl <em>Work Order Product</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.WorkOrderProductImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getWorkOrderProduct()
	 * @generated
	 */
	int WORK_ORDER_PRODUCT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_PRODUCT__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_PRODUCT__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_PRODUCT__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_PRODUCT__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Work Order</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_PRODUCT__WORK_ORDER = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Product</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_PRODUCT__PRODUCT = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Booking</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_PRODUCT__BOOKING = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_PRODUCT__QUANTITY = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Estimate Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_PRODUCT__ESTIMATE_QUANTITY = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Line Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_PRODUCT__LINE_STATUS = RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Work Order Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_PRODUCT_FEATURE_COUNT = RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Work Order Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_PRODUCT_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.WorkOrderServiceImpl <em>Work Order Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.WorkOrderServiceImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getWorkOrderService()
	 * @generated
	 */
	int WORK_ORDER_SERVICE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Work Order</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE__WORK_ORDER = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE__SERVICE = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Booking</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE__BOOKING = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE__DURATION = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Line Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE__LINE_STATUS = RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Work Order Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_FEATURE_COUNT = RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Work Order Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_SERVICE_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.ProductImpl <em>Product</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.ProductImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getProduct()
	 * @generated
	 */
	int PRODUCT = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__NAME = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Product Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__PRODUCT_NUMBER = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__DESCRIPTION = RECORD_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_FEATURE_COUNT = RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.OfflineProfileImpl <em>Offline Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.OfflineProfileImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getOfflineProfile()
	 * @generated
	 */
	int OFFLINE_PROFILE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE__NAME = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE__DESCRIPTION = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE__PUBLISHED = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE__ITEMS = RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Offline Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_FEATURE_COUNT = RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Offline Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.OfflineProfileItemImpl <em>Offline Profile Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.OfflineProfileItemImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getOfflineProfileItem()
	 * @generated
	 */
	int OFFLINE_PROFILE_ITEM = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_ITEM__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_ITEM__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_ITEM__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_ITEM__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Table Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_ITEM__TABLE_NAME = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Download Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_ITEM__DOWNLOAD_FILTER = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Custom Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_ITEM__CUSTOM_FILTER = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Records Owned By Me</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_ME = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Records Owned By My Team</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_MY_TEAM = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Records Owned By My Business Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_MY_BUSINESS_UNIT = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Sync Interval Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_ITEM__SYNC_INTERVAL_MINUTES = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Relationships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_ITEM__RELATIONSHIPS = RECORD_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Offline Profile Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_ITEM_FEATURE_COUNT = RECORD_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Effective Sync Interval Minutes</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_ITEM___EFFECTIVE_SYNC_INTERVAL_MINUTES = RECORD_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Offline Profile Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_ITEM_OPERATION_COUNT = RECORD_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.OfflineProfileRelationshipImpl <em>Offline Profile Relationship</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.OfflineProfileRelationshipImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getOfflineProfileRelationship()
	 * @generated
	 */
	int OFFLINE_PROFILE_RELATIONSHIP = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_RELATIONSHIP__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_RELATIONSHIP__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_RELATIONSHIP__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_RELATIONSHIP__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>From Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_RELATIONSHIP__FROM_TABLE = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Lookup Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_RELATIONSHIP__LOOKUP_COLUMN = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>To Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_RELATIONSHIP__TO_TABLE = RECORD_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Offline Profile Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_RELATIONSHIP_FEATURE_COUNT = RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Offline Profile Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLINE_PROFILE_RELATIONSHIP_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.OrganizationSettingsImpl <em>Organization Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.OrganizationSettingsImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getOrganizationSettings()
	 * @generated
	 */
	int ORGANIZATION_SETTINGS = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_SETTINGS__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_SETTINGS__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_SETTINGS__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_SETTINGS__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Conflict Detection Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_SETTINGS__CONFLICT_DETECTION_ENABLED = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Upload File Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_SETTINGS__MAX_UPLOAD_FILE_SIZE = RECORD_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Organization Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_SETTINGS_FEATURE_COUNT = RECORD_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Client Wins</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_SETTINGS___CLIENT_WINS = RECORD_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Organization Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_SETTINGS_OPERATION_COUNT = RECORD_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.ConflictImpl <em>Conflict</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.ConflictImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getConflict()
	 * @generated
	 */
	int CONFLICT = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__ID = 0;

	/**
	 * The feature id for the '<em><b>Table Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__TABLE_NAME = 1;

	/**
	 * The feature id for the '<em><b>Record Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__RECORD_ID = 2;

	/**
	 * The feature id for the '<em><b>Base Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__BASE_VALUES = 3;

	/**
	 * The feature id for the '<em><b>Local Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__LOCAL_VALUES = 4;

	/**
	 * The feature id for the '<em><b>Server Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__SERVER_VALUES = 5;

	/**
	 * The feature id for the '<em><b>Base ETag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__BASE_ETAG = 6;

	/**
	 * The feature id for the '<em><b>Server ETag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__SERVER_ETAG = 7;

	/**
	 * The feature id for the '<em><b>Detected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__DETECTED_AT = 8;

	/**
	 * The feature id for the '<em><b>Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__RESOLUTION = 9;

	/**
	 * The feature id for the '<em><b>Resolved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__RESOLVED_AT = 10;

	/**
	 * The number of structural features of the '<em>Conflict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Conflict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.FieldValueImpl <em>Field Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.FieldValueImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getFieldValue()
	 * @generated
	 */
	int FIELD_VALUE = 19;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_VALUE__COLUMN = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Field Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Field Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.SyncErrorImpl <em>Sync Error</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.SyncErrorImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getSyncError()
	 * @generated
	 */
	int SYNC_ERROR = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Occurred At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR__OCCURRED_AT = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Table Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR__TABLE_NAME = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Record Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR__RECORD_ID = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Http Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR__HTTP_STATUS = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Error Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR__ERROR_TYPE = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR__MESSAGE = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR__RESOLVED = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Error Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR__ERROR_CODE = RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Error Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR__ERROR_DETAIL = RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR__ACTION = RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Action Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR__ACTION_DATA = RECORD_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Sync Error</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR_FEATURE_COUNT = RECORD_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Sync Error</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_ERROR_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.SyncSummaryImpl <em>Sync Summary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.SyncSummaryImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getSyncSummary()
	 * @generated
	 */
	int SYNC_SUMMARY = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_SUMMARY__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_SUMMARY__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_SUMMARY__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_SUMMARY__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_SUMMARY__DEVICE = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Started On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_SUMMARY__STARTED_ON = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Finished On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_SUMMARY__FINISHED_ON = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Duration Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_SUMMARY__DURATION_MILLIS = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Succeeded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_SUMMARY__SUCCEEDED = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_SUMMARY__MESSAGE = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Rows On Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_SUMMARY__ROWS_ON_DEVICE = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Pending Edits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_SUMMARY__PENDING_EDITS = RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Open Errors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_SUMMARY__OPEN_ERRORS = RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Client Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_SUMMARY__CLIENT_VERSION = RECORD_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Sync Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_SUMMARY_FEATURE_COUNT = RECORD_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Sync Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_SUMMARY_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.AnnotationImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__SUBJECT = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Note Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__NOTE_TEXT = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__FILE_NAME = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mime Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__MIME_TYPE = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>File Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__FILE_SIZE = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Document Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__DOCUMENT_BODY = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Is Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__IS_DOCUMENT = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Object Type Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__OBJECT_TYPE_CODE = RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CREATED_BY = RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__MODIFIED_BY = RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Object Id</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__OBJECT_ID = RECORD_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = RECORD_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.TimeEntryImpl <em>Time Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.TimeEntryImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getTimeEntry()
	 * @generated
	 */
	int TIME_ENTRY = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__VERSION_NUMBER = RECORD__VERSION_NUMBER;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__CREATED_ON = RECORD__CREATED_ON;

	/**
	 * The feature id for the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__MODIFIED_ON = RECORD__MODIFIED_ON;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__START = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__END = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__DURATION = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__TYPE = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__DESCRIPTION = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Bookable Resource</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__BOOKABLE_RESOURCE = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Booking</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__BOOKING = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Work Order</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__WORK_ORDER = RECORD_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Time Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY_FEATURE_COUNT = RECORD_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Time Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.FieldServiceStatus <em>Field Service Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.FieldServiceStatus
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getFieldServiceStatus()
	 * @generated
	 */
	int FIELD_SERVICE_STATUS = 24;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.BookingState <em>Booking State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.BookingState
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getBookingState()
	 * @generated
	 */
	int BOOKING_STATE = 25;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.WorkOrderSystemStatus <em>Work Order System Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.WorkOrderSystemStatus
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getWorkOrderSystemStatus()
	 * @generated
	 */
	int WORK_ORDER_SYSTEM_STATUS = 26;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.WorkOrderPriority <em>Work Order Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.WorkOrderPriority
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getWorkOrderPriority()
	 * @generated
	 */
	int WORK_ORDER_PRIORITY = 27;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.TaskResult <em>Task Result</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.TaskResult
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getTaskResult()
	 * @generated
	 */
	int TASK_RESULT = 28;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.LineStatus <em>Line Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.LineStatus
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getLineStatus()
	 * @generated
	 */
	int LINE_STATUS = 29;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.DownloadFilter <em>Download Filter</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.DownloadFilter
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getDownloadFilter()
	 * @generated
	 */
	int DOWNLOAD_FILTER = 30;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.ConflictResolution <em>Conflict Resolution</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.ConflictResolution
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getConflictResolution()
	 * @generated
	 */
	int CONFLICT_RESOLUTION = 31;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.SyncErrorType <em>Sync Error Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.SyncErrorType
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getSyncErrorType()
	 * @generated
	 */
	int SYNC_ERROR_TYPE = 32;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.TimeEntryType <em>Time Entry Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.TimeEntryType
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getTimeEntryType()
	 * @generated
	 */
	int TIME_ENTRY_TYPE = 33;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 34;


	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.Record <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Record</em>'.
	 * @see org.fieldbook.model.Record
	 * @generated
	 */
	EClass getRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Record#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.fieldbook.model.Record#getId()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Record#getVersionNumber <em>Version Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version Number</em>'.
	 * @see org.fieldbook.model.Record#getVersionNumber()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_VersionNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Record#getCreatedOn <em>Created On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created On</em>'.
	 * @see org.fieldbook.model.Record#getCreatedOn()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_CreatedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Record#getModifiedOn <em>Modified On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified On</em>'.
	 * @see org.fieldbook.model.Record#getModifiedOn()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_ModifiedOn();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.Booking <em>Booking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Booking</em>'.
	 * @see org.fieldbook.model.Booking
	 * @generated
	 */
	EClass getBooking();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Booking#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.fieldbook.model.Booking#getName()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Booking#getStartTime <em>Start Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time</em>'.
	 * @see org.fieldbook.model.Booking#getStartTime()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_StartTime();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Booking#getEndTime <em>End Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Time</em>'.
	 * @see org.fieldbook.model.Booking#getEndTime()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_EndTime();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Booking#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see org.fieldbook.model.Booking#getDuration()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_Duration();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.Booking#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Status</em>'.
	 * @see org.fieldbook.model.Booking#getStatus()
	 * @see #getBooking()
	 * @generated
	 */
	EReference getBooking_Status();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.Booking#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Resource</em>'.
	 * @see org.fieldbook.model.Booking#getResource()
	 * @see #getBooking()
	 * @generated
	 */
	EReference getBooking_Resource();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.Booking#getWorkOrder <em>Work Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Work Order</em>'.
	 * @see org.fieldbook.model.Booking#getWorkOrder()
	 * @see #getBooking()
	 * @generated
	 */
	EReference getBooking_WorkOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Booking#getActualArrivalTime <em>Actual Arrival Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Arrival Time</em>'.
	 * @see org.fieldbook.model.Booking#getActualArrivalTime()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_ActualArrivalTime();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Booking#getEstimatedTravelDuration <em>Estimated Travel Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimated Travel Duration</em>'.
	 * @see org.fieldbook.model.Booking#getEstimatedTravelDuration()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_EstimatedTravelDuration();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Booking#getActualTravelDuration <em>Actual Travel Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Travel Duration</em>'.
	 * @see org.fieldbook.model.Booking#getActualTravelDuration()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_ActualTravelDuration();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Booking#getTotalBreakDuration <em>Total Break Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Break Duration</em>'.
	 * @see org.fieldbook.model.Booking#getTotalBreakDuration()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_TotalBreakDuration();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Booking#getOwnerId <em>Owner Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Id</em>'.
	 * @see org.fieldbook.model.Booking#getOwnerId()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_OwnerId();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Booking#getOwningBusinessUnit <em>Owning Business Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owning Business Unit</em>'.
	 * @see org.fieldbook.model.Booking#getOwningBusinessUnit()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_OwningBusinessUnit();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.BookingStatus <em>Booking Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Booking Status</em>'.
	 * @see org.fieldbook.model.BookingStatus
	 * @generated
	 */
	EClass getBookingStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.BookingStatus#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.fieldbook.model.BookingStatus#getName()
	 * @see #getBookingStatus()
	 * @generated
	 */
	EAttribute getBookingStatus_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.BookingStatus#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.fieldbook.model.BookingStatus#getStatus()
	 * @see #getBookingStatus()
	 * @generated
	 */
	EAttribute getBookingStatus_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.BookingStatus#getFieldServiceStatus <em>Field Service Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Service Status</em>'.
	 * @see org.fieldbook.model.BookingStatus#getFieldServiceStatus()
	 * @see #getBookingStatus()
	 * @generated
	 */
	EAttribute getBookingStatus_FieldServiceStatus();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.BookableResource <em>Bookable Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bookable Resource</em>'.
	 * @see org.fieldbook.model.BookableResource
	 * @generated
	 */
	EClass getBookableResource();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.BookableResource#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.fieldbook.model.BookableResource#getName()
	 * @see #getBookableResource()
	 * @generated
	 */
	EAttribute getBookableResource_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.BookableResource#getResourceType <em>Resource Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Type</em>'.
	 * @see org.fieldbook.model.BookableResource#getResourceType()
	 * @see #getBookableResource()
	 * @generated
	 */
	EAttribute getBookableResource_ResourceType();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.BookableResource#getUserId <em>User Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Id</em>'.
	 * @see org.fieldbook.model.BookableResource#getUserId()
	 * @see #getBookableResource()
	 * @generated
	 */
	EAttribute getBookableResource_UserId();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.WorkOrder <em>Work Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Order</em>'.
	 * @see org.fieldbook.model.WorkOrder
	 * @generated
	 */
	EClass getWorkOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.fieldbook.model.WorkOrder#getNumber()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getSystemStatus <em>System Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System Status</em>'.
	 * @see org.fieldbook.model.WorkOrder#getSystemStatus()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_SystemStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getSubstatusId <em>Substatus Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Substatus Id</em>'.
	 * @see org.fieldbook.model.WorkOrder#getSubstatusId()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_SubstatusId();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.fieldbook.model.WorkOrder#getPriority()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_Priority();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.WorkOrder#getServiceAccount <em>Service Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Service Account</em>'.
	 * @see org.fieldbook.model.WorkOrder#getServiceAccount()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EReference getWorkOrder_ServiceAccount();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.WorkOrder#getReportedByContact <em>Reported By Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reported By Contact</em>'.
	 * @see org.fieldbook.model.WorkOrder#getReportedByContact()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EReference getWorkOrder_ReportedByContact();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.WorkOrder#getPrimaryIncidentType <em>Primary Incident Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Primary Incident Type</em>'.
	 * @see org.fieldbook.model.WorkOrder#getPrimaryIncidentType()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EReference getWorkOrder_PrimaryIncidentType();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.WorkOrder#getCustomerAsset <em>Customer Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer Asset</em>'.
	 * @see org.fieldbook.model.WorkOrder#getCustomerAsset()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EReference getWorkOrder_CustomerAsset();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getInstructions <em>Instructions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instructions</em>'.
	 * @see org.fieldbook.model.WorkOrder#getInstructions()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_Instructions();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getAddress1 <em>Address1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address1</em>'.
	 * @see org.fieldbook.model.WorkOrder#getAddress1()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_Address1();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getAddress2 <em>Address2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address2</em>'.
	 * @see org.fieldbook.model.WorkOrder#getAddress2()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_Address2();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getAddress3 <em>Address3</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address3</em>'.
	 * @see org.fieldbook.model.WorkOrder#getAddress3()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_Address3();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City</em>'.
	 * @see org.fieldbook.model.WorkOrder#getCity()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_City();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getStateOrProvince <em>State Or Province</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State Or Province</em>'.
	 * @see org.fieldbook.model.WorkOrder#getStateOrProvince()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_StateOrProvince();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getPostalCode <em>Postal Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Postal Code</em>'.
	 * @see org.fieldbook.model.WorkOrder#getPostalCode()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_PostalCode();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.fieldbook.model.WorkOrder#getCountry()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getLatitude <em>Latitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latitude</em>'.
	 * @see org.fieldbook.model.WorkOrder#getLatitude()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_Latitude();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getLongitude <em>Longitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Longitude</em>'.
	 * @see org.fieldbook.model.WorkOrder#getLongitude()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_Longitude();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.fieldbook.model.WorkOrder#getSummary()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getFirstArrivedOn <em>First Arrived On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Arrived On</em>'.
	 * @see org.fieldbook.model.WorkOrder#getFirstArrivedOn()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_FirstArrivedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getCompletedOn <em>Completed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed On</em>'.
	 * @see org.fieldbook.model.WorkOrder#getCompletedOn()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_CompletedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getOwnerId <em>Owner Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Id</em>'.
	 * @see org.fieldbook.model.WorkOrder#getOwnerId()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_OwnerId();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrder#getOwningBusinessUnit <em>Owning Business Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owning Business Unit</em>'.
	 * @see org.fieldbook.model.WorkOrder#getOwningBusinessUnit()
	 * @see #getWorkOrder()
	 * @generated
	 */
	EAttribute getWorkOrder_OwningBusinessUnit();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.Account <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Account</em>'.
	 * @see org.fieldbook.model.Account
	 * @generated
	 */
	EClass getAccount();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Account#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.fieldbook.model.Account#getName()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Account#getTelephone1 <em>Telephone1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Telephone1</em>'.
	 * @see org.fieldbook.model.Account#getTelephone1()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Telephone1();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Account#getAddress1Line1 <em>Address1 Line1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address1 Line1</em>'.
	 * @see org.fieldbook.model.Account#getAddress1Line1()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Address1Line1();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Account#getAddress1City <em>Address1 City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address1 City</em>'.
	 * @see org.fieldbook.model.Account#getAddress1City()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Address1City();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Account#getAddress1PostalCode <em>Address1 Postal Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address1 Postal Code</em>'.
	 * @see org.fieldbook.model.Account#getAddress1PostalCode()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Address1PostalCode();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Account#getOwnerId <em>Owner Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Id</em>'.
	 * @see org.fieldbook.model.Account#getOwnerId()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_OwnerId();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Account#getOwningBusinessUnit <em>Owning Business Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owning Business Unit</em>'.
	 * @see org.fieldbook.model.Account#getOwningBusinessUnit()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_OwningBusinessUnit();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see org.fieldbook.model.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Contact#getFullName <em>Full Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Full Name</em>'.
	 * @see org.fieldbook.model.Contact#getFullName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_FullName();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Contact#getFirstName <em>First Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Name</em>'.
	 * @see org.fieldbook.model.Contact#getFirstName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_FirstName();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Contact#getLastName <em>Last Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Name</em>'.
	 * @see org.fieldbook.model.Contact#getLastName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_LastName();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Contact#getTelephone1 <em>Telephone1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Telephone1</em>'.
	 * @see org.fieldbook.model.Contact#getTelephone1()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Telephone1();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Contact#getEmailAddress1 <em>Email Address1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email Address1</em>'.
	 * @see org.fieldbook.model.Contact#getEmailAddress1()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_EmailAddress1();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.Contact#getParentCustomer <em>Parent Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent Customer</em>'.
	 * @see org.fieldbook.model.Contact#getParentCustomer()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_ParentCustomer();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Contact#getOwnerId <em>Owner Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Id</em>'.
	 * @see org.fieldbook.model.Contact#getOwnerId()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_OwnerId();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Contact#getOwningBusinessUnit <em>Owning Business Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owning Business Unit</em>'.
	 * @see org.fieldbook.model.Contact#getOwningBusinessUnit()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_OwningBusinessUnit();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.CustomerAsset <em>Customer Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer Asset</em>'.
	 * @see org.fieldbook.model.CustomerAsset
	 * @generated
	 */
	EClass getCustomerAsset();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.CustomerAsset#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.fieldbook.model.CustomerAsset#getName()
	 * @see #getCustomerAsset()
	 * @generated
	 */
	EAttribute getCustomerAsset_Name();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.CustomerAsset#getAccount <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Account</em>'.
	 * @see org.fieldbook.model.CustomerAsset#getAccount()
	 * @see #getCustomerAsset()
	 * @generated
	 */
	EReference getCustomerAsset_Account();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.CustomerAsset#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Product</em>'.
	 * @see org.fieldbook.model.CustomerAsset#getProduct()
	 * @see #getCustomerAsset()
	 * @generated
	 */
	EReference getCustomerAsset_Product();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.CustomerAsset#getOwnerId <em>Owner Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Id</em>'.
	 * @see org.fieldbook.model.CustomerAsset#getOwnerId()
	 * @see #getCustomerAsset()
	 * @generated
	 */
	EAttribute getCustomerAsset_OwnerId();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.CustomerAsset#getOwningBusinessUnit <em>Owning Business Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owning Business Unit</em>'.
	 * @see org.fieldbook.model.CustomerAsset#getOwningBusinessUnit()
	 * @see #getCustomerAsset()
	 * @generated
	 */
	EAttribute getCustomerAsset_OwningBusinessUnit();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.IncidentType <em>Incident Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Incident Type</em>'.
	 * @see org.fieldbook.model.IncidentType
	 * @generated
	 */
	EClass getIncidentType();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.IncidentType#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.fieldbook.model.IncidentType#getName()
	 * @see #getIncidentType()
	 * @generated
	 */
	EAttribute getIncidentType_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.IncidentType#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.fieldbook.model.IncidentType#getDescription()
	 * @see #getIncidentType()
	 * @generated
	 */
	EAttribute getIncidentType_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.IncidentType#getOwnerId <em>Owner Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Id</em>'.
	 * @see org.fieldbook.model.IncidentType#getOwnerId()
	 * @see #getIncidentType()
	 * @generated
	 */
	EAttribute getIncidentType_OwnerId();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.IncidentType#getOwningBusinessUnit <em>Owning Business Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owning Business Unit</em>'.
	 * @see org.fieldbook.model.IncidentType#getOwningBusinessUnit()
	 * @see #getIncidentType()
	 * @generated
	 */
	EAttribute getIncidentType_OwningBusinessUnit();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.WorkOrderIncident <em>Work Order Incident</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Order Incident</em>'.
	 * @see org.fieldbook.model.WorkOrderIncident
	 * @generated
	 */
	EClass getWorkOrderIncident();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.WorkOrderIncident#getWorkOrder <em>Work Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Work Order</em>'.
	 * @see org.fieldbook.model.WorkOrderIncident#getWorkOrder()
	 * @see #getWorkOrderIncident()
	 * @generated
	 */
	EReference getWorkOrderIncident_WorkOrder();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.WorkOrderIncident#getIncidentType <em>Incident Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Incident Type</em>'.
	 * @see org.fieldbook.model.WorkOrderIncident#getIncidentType()
	 * @see #getWorkOrderIncident()
	 * @generated
	 */
	EReference getWorkOrderIncident_IncidentType();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.WorkOrderIncident#getCustomerAsset <em>Customer Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer Asset</em>'.
	 * @see org.fieldbook.model.WorkOrderIncident#getCustomerAsset()
	 * @see #getWorkOrderIncident()
	 * @generated
	 */
	EReference getWorkOrderIncident_CustomerAsset();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrderIncident#isPrimary <em>Primary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary</em>'.
	 * @see org.fieldbook.model.WorkOrderIncident#isPrimary()
	 * @see #getWorkOrderIncident()
	 * @generated
	 */
	EAttribute getWorkOrderIncident_Primary();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrderIncident#isIncidentResolved <em>Incident Resolved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Incident Resolved</em>'.
	 * @see org.fieldbook.model.WorkOrderIncident#isIncidentResolved()
	 * @see #getWorkOrderIncident()
	 * @generated
	 */
	EAttribute getWorkOrderIncident_IncidentResolved();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.WorkOrderServiceTask <em>Work Order Service Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Order Service Task</em>'.
	 * @see org.fieldbook.model.WorkOrderServiceTask
	 * @generated
	 */
	EClass getWorkOrderServiceTask();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrderServiceTask#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.fieldbook.model.WorkOrderServiceTask#getName()
	 * @see #getWorkOrderServiceTask()
	 * @generated
	 */
	EAttribute getWorkOrderServiceTask_Name();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.WorkOrderServiceTask#getWorkOrder <em>Work Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Work Order</em>'.
	 * @see org.fieldbook.model.WorkOrderServiceTask#getWorkOrder()
	 * @see #getWorkOrderServiceTask()
	 * @generated
	 */
	EReference getWorkOrderServiceTask_WorkOrder();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.WorkOrderServiceTask#getBooking <em>Booking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Booking</em>'.
	 * @see org.fieldbook.model.WorkOrderServiceTask#getBooking()
	 * @see #getWorkOrderServiceTask()
	 * @generated
	 */
	EReference getWorkOrderServiceTask_Booking();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrderServiceTask#getPercentComplete <em>Percent Complete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent Complete</em>'.
	 * @see org.fieldbook.model.WorkOrderServiceTask#getPercentComplete()
	 * @see #getWorkOrderServiceTask()
	 * @generated
	 */
	EAttribute getWorkOrderServiceTask_PercentComplete();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrderServiceTask#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result</em>'.
	 * @see org.fieldbook.model.WorkOrderServiceTask#getResult()
	 * @see #getWorkOrderServiceTask()
	 * @generated
	 */
	EAttribute getWorkOrderServiceTask_Result();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrderServiceTask#getEstimatedDuration <em>Estimated Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimated Duration</em>'.
	 * @see org.fieldbook.model.WorkOrderServiceTask#getEstimatedDuration()
	 * @see #getWorkOrderServiceTask()
	 * @generated
	 */
	EAttribute getWorkOrderServiceTask_EstimatedDuration();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrderServiceTask#getActualDuration <em>Actual Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Duration</em>'.
	 * @see org.fieldbook.model.WorkOrderServiceTask#getActualDuration()
	 * @see #getWorkOrderServiceTask()
	 * @generated
	 */
	EAttribute getWorkOrderServiceTask_ActualDuration();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrderServiceTask#getLineOrder <em>Line Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Order</em>'.
	 * @see org.fieldbook.model.WorkOrderServiceTask#getLineOrder()
	 * @see #getWorkOrderServiceTask()
	 * @generated
	 */
	EAttribute getWorkOrderServiceTask_LineOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrderServiceTask#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.fieldbook.model.WorkOrderServiceTask#getDescription()
	 * @see #getWorkOrderServiceTask()
	 * @generated
	 */
	EAttribute getWorkOrderServiceTask_Description();

	/**
	 * Returns the meta object for the '{@link org.fieldbook.model.WorkOrderServiceTask#isCompleted() <em>Is Completed</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Completed</em>' operation.
	 * @see org.fieldbook.model.WorkOrderServiceTask#isCompleted()
	 * @generated
	 */
	EOperation getWorkOrderServiceTask__IsCompleted();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.WorkOrderProduct <em>Work Order Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Order Product</em>'.
	 * @see org.fieldbook.model.WorkOrderProduct
	 * @generated
	 */
	EClass getWorkOrderProduct();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.WorkOrderProduct#getWorkOrder <em>Work Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Work Order</em>'.
	 * @see org.fieldbook.model.WorkOrderProduct#getWorkOrder()
	 * @see #getWorkOrderProduct()
	 * @generated
	 */
	EReference getWorkOrderProduct_WorkOrder();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.WorkOrderProduct#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Product</em>'.
	 * @see org.fieldbook.model.WorkOrderProduct#getProduct()
	 * @see #getWorkOrderProduct()
	 * @generated
	 */
	EReference getWorkOrderProduct_Product();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.WorkOrderProduct#getBooking <em>Booking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Booking</em>'.
	 * @see org.fieldbook.model.WorkOrderProduct#getBooking()
	 * @see #getWorkOrderProduct()
	 * @generated
	 */
	EReference getWorkOrderProduct_Booking();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrderProduct#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.fieldbook.model.WorkOrderProduct#getQuantity()
	 * @see #getWorkOrderProduct()
	 * @generated
	 */
	EAttribute getWorkOrderProduct_Quantity();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrderProduct#getEstimateQuantity <em>Estimate Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimate Quantity</em>'.
	 * @see org.fieldbook.model.WorkOrderProduct#getEstimateQuantity()
	 * @see #getWorkOrderProduct()
	 * @generated
	 */
	EAttribute getWorkOrderProduct_EstimateQuantity();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrderProduct#getLineStatus <em>Line Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Status</em>'.
	 * @see org.fieldbook.model.WorkOrderProduct#getLineStatus()
	 * @see #getWorkOrderProduct()
	 * @generated
	 */
	EAttribute getWorkOrderProduct_LineStatus();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.WorkOrderService <em>Work Order Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Order Service</em>'.
	 * @see org.fieldbook.model.WorkOrderService
	 * @generated
	 */
	EClass getWorkOrderService();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.WorkOrderService#getWorkOrder <em>Work Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Work Order</em>'.
	 * @see org.fieldbook.model.WorkOrderService#getWorkOrder()
	 * @see #getWorkOrderService()
	 * @generated
	 */
	EReference getWorkOrderService_WorkOrder();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.WorkOrderService#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Service</em>'.
	 * @see org.fieldbook.model.WorkOrderService#getService()
	 * @see #getWorkOrderService()
	 * @generated
	 */
	EReference getWorkOrderService_Service();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.WorkOrderService#getBooking <em>Booking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Booking</em>'.
	 * @see org.fieldbook.model.WorkOrderService#getBooking()
	 * @see #getWorkOrderService()
	 * @generated
	 */
	EReference getWorkOrderService_Booking();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrderService#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see org.fieldbook.model.WorkOrderService#getDuration()
	 * @see #getWorkOrderService()
	 * @generated
	 */
	EAttribute getWorkOrderService_Duration();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.WorkOrderService#getLineStatus <em>Line Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Status</em>'.
	 * @see org.fieldbook.model.WorkOrderService#getLineStatus()
	 * @see #getWorkOrderService()
	 * @generated
	 */
	EAttribute getWorkOrderService_LineStatus();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.Product <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Product</em>'.
	 * @see org.fieldbook.model.Product
	 * @generated
	 */
	EClass getProduct();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Product#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.fieldbook.model.Product#getName()
	 * @see #getProduct()
	 * @generated
	 */
	EAttribute getProduct_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Product#getProductNumber <em>Product Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Number</em>'.
	 * @see org.fieldbook.model.Product#getProductNumber()
	 * @see #getProduct()
	 * @generated
	 */
	EAttribute getProduct_ProductNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Product#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.fieldbook.model.Product#getDescription()
	 * @see #getProduct()
	 * @generated
	 */
	EAttribute getProduct_Description();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.OfflineProfile <em>Offline Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Offline Profile</em>'.
	 * @see org.fieldbook.model.OfflineProfile
	 * @generated
	 */
	EClass getOfflineProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.OfflineProfile#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.fieldbook.model.OfflineProfile#getName()
	 * @see #getOfflineProfile()
	 * @generated
	 */
	EAttribute getOfflineProfile_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.OfflineProfile#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.fieldbook.model.OfflineProfile#getDescription()
	 * @see #getOfflineProfile()
	 * @generated
	 */
	EAttribute getOfflineProfile_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.OfflineProfile#isPublished <em>Published</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published</em>'.
	 * @see org.fieldbook.model.OfflineProfile#isPublished()
	 * @see #getOfflineProfile()
	 * @generated
	 */
	EAttribute getOfflineProfile_Published();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbook.model.OfflineProfile#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.fieldbook.model.OfflineProfile#getItems()
	 * @see #getOfflineProfile()
	 * @generated
	 */
	EReference getOfflineProfile_Items();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.OfflineProfileItem <em>Offline Profile Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Offline Profile Item</em>'.
	 * @see org.fieldbook.model.OfflineProfileItem
	 * @generated
	 */
	EClass getOfflineProfileItem();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.OfflineProfileItem#getTableName <em>Table Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table Name</em>'.
	 * @see org.fieldbook.model.OfflineProfileItem#getTableName()
	 * @see #getOfflineProfileItem()
	 * @generated
	 */
	EAttribute getOfflineProfileItem_TableName();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.OfflineProfileItem#getDownloadFilter <em>Download Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Download Filter</em>'.
	 * @see org.fieldbook.model.OfflineProfileItem#getDownloadFilter()
	 * @see #getOfflineProfileItem()
	 * @generated
	 */
	EAttribute getOfflineProfileItem_DownloadFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.OfflineProfileItem#getCustomFilter <em>Custom Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Custom Filter</em>'.
	 * @see org.fieldbook.model.OfflineProfileItem#getCustomFilter()
	 * @see #getOfflineProfileItem()
	 * @generated
	 */
	EAttribute getOfflineProfileItem_CustomFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.OfflineProfileItem#isRecordsOwnedByMe <em>Records Owned By Me</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Records Owned By Me</em>'.
	 * @see org.fieldbook.model.OfflineProfileItem#isRecordsOwnedByMe()
	 * @see #getOfflineProfileItem()
	 * @generated
	 */
	EAttribute getOfflineProfileItem_RecordsOwnedByMe();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.OfflineProfileItem#isRecordsOwnedByMyTeam <em>Records Owned By My Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Records Owned By My Team</em>'.
	 * @see org.fieldbook.model.OfflineProfileItem#isRecordsOwnedByMyTeam()
	 * @see #getOfflineProfileItem()
	 * @generated
	 */
	EAttribute getOfflineProfileItem_RecordsOwnedByMyTeam();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.OfflineProfileItem#isRecordsOwnedByMyBusinessUnit <em>Records Owned By My Business Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Records Owned By My Business Unit</em>'.
	 * @see org.fieldbook.model.OfflineProfileItem#isRecordsOwnedByMyBusinessUnit()
	 * @see #getOfflineProfileItem()
	 * @generated
	 */
	EAttribute getOfflineProfileItem_RecordsOwnedByMyBusinessUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.OfflineProfileItem#getSyncIntervalMinutes <em>Sync Interval Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sync Interval Minutes</em>'.
	 * @see org.fieldbook.model.OfflineProfileItem#getSyncIntervalMinutes()
	 * @see #getOfflineProfileItem()
	 * @generated
	 */
	EAttribute getOfflineProfileItem_SyncIntervalMinutes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbook.model.OfflineProfileItem#getRelationships <em>Relationships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relationships</em>'.
	 * @see org.fieldbook.model.OfflineProfileItem#getRelationships()
	 * @see #getOfflineProfileItem()
	 * @generated
	 */
	EReference getOfflineProfileItem_Relationships();

	/**
	 * Returns the meta object for the '{@link org.fieldbook.model.OfflineProfileItem#effectiveSyncIntervalMinutes() <em>Effective Sync Interval Minutes</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Effective Sync Interval Minutes</em>' operation.
	 * @see org.fieldbook.model.OfflineProfileItem#effectiveSyncIntervalMinutes()
	 * @generated
	 */
	EOperation getOfflineProfileItem__EffectiveSyncIntervalMinutes();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.OfflineProfileRelationship <em>Offline Profile Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Offline Profile Relationship</em>'.
	 * @see org.fieldbook.model.OfflineProfileRelationship
	 * @generated
	 */
	EClass getOfflineProfileRelationship();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.OfflineProfileRelationship#getFromTable <em>From Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Table</em>'.
	 * @see org.fieldbook.model.OfflineProfileRelationship#getFromTable()
	 * @see #getOfflineProfileRelationship()
	 * @generated
	 */
	EAttribute getOfflineProfileRelationship_FromTable();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.OfflineProfileRelationship#getLookupColumn <em>Lookup Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lookup Column</em>'.
	 * @see org.fieldbook.model.OfflineProfileRelationship#getLookupColumn()
	 * @see #getOfflineProfileRelationship()
	 * @generated
	 */
	EAttribute getOfflineProfileRelationship_LookupColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.OfflineProfileRelationship#getToTable <em>To Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Table</em>'.
	 * @see org.fieldbook.model.OfflineProfileRelationship#getToTable()
	 * @see #getOfflineProfileRelationship()
	 * @generated
	 */
	EAttribute getOfflineProfileRelationship_ToTable();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.OrganizationSettings <em>Organization Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organization Settings</em>'.
	 * @see org.fieldbook.model.OrganizationSettings
	 * @generated
	 */
	EClass getOrganizationSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.OrganizationSettings#isConflictDetectionEnabled <em>Conflict Detection Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conflict Detection Enabled</em>'.
	 * @see org.fieldbook.model.OrganizationSettings#isConflictDetectionEnabled()
	 * @see #getOrganizationSettings()
	 * @generated
	 */
	EAttribute getOrganizationSettings_ConflictDetectionEnabled();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.OrganizationSettings#getMaxUploadFileSize <em>Max Upload File Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Upload File Size</em>'.
	 * @see org.fieldbook.model.OrganizationSettings#getMaxUploadFileSize()
	 * @see #getOrganizationSettings()
	 * @generated
	 */
	EAttribute getOrganizationSettings_MaxUploadFileSize();

	/**
	 * Returns the meta object for the '{@link org.fieldbook.model.OrganizationSettings#clientWins() <em>Client Wins</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Client Wins</em>' operation.
	 * @see org.fieldbook.model.OrganizationSettings#clientWins()
	 * @generated
	 */
	EOperation getOrganizationSettings__ClientWins();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.Conflict <em>Conflict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conflict</em>'.
	 * @see org.fieldbook.model.Conflict
	 * @generated
	 */
	EClass getConflict();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Conflict#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.fieldbook.model.Conflict#getId()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Conflict#getTableName <em>Table Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table Name</em>'.
	 * @see org.fieldbook.model.Conflict#getTableName()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_TableName();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Conflict#getRecordId <em>Record Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Record Id</em>'.
	 * @see org.fieldbook.model.Conflict#getRecordId()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_RecordId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbook.model.Conflict#getBaseValues <em>Base Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Base Values</em>'.
	 * @see org.fieldbook.model.Conflict#getBaseValues()
	 * @see #getConflict()
	 * @generated
	 */
	EReference getConflict_BaseValues();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbook.model.Conflict#getLocalValues <em>Local Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Local Values</em>'.
	 * @see org.fieldbook.model.Conflict#getLocalValues()
	 * @see #getConflict()
	 * @generated
	 */
	EReference getConflict_LocalValues();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbook.model.Conflict#getServerValues <em>Server Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Server Values</em>'.
	 * @see org.fieldbook.model.Conflict#getServerValues()
	 * @see #getConflict()
	 * @generated
	 */
	EReference getConflict_ServerValues();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Conflict#getBaseETag <em>Base ETag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base ETag</em>'.
	 * @see org.fieldbook.model.Conflict#getBaseETag()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_BaseETag();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Conflict#getServerETag <em>Server ETag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Server ETag</em>'.
	 * @see org.fieldbook.model.Conflict#getServerETag()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_ServerETag();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Conflict#getDetectedAt <em>Detected At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detected At</em>'.
	 * @see org.fieldbook.model.Conflict#getDetectedAt()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_DetectedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Conflict#getResolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution</em>'.
	 * @see org.fieldbook.model.Conflict#getResolution()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_Resolution();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Conflict#getResolvedAt <em>Resolved At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved At</em>'.
	 * @see org.fieldbook.model.Conflict#getResolvedAt()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_ResolvedAt();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.FieldValue <em>Field Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field Value</em>'.
	 * @see org.fieldbook.model.FieldValue
	 * @generated
	 */
	EClass getFieldValue();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.FieldValue#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.fieldbook.model.FieldValue#getColumn()
	 * @see #getFieldValue()
	 * @generated
	 */
	EAttribute getFieldValue_Column();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.FieldValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.fieldbook.model.FieldValue#getValue()
	 * @see #getFieldValue()
	 * @generated
	 */
	EAttribute getFieldValue_Value();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.SyncError <em>Sync Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sync Error</em>'.
	 * @see org.fieldbook.model.SyncError
	 * @generated
	 */
	EClass getSyncError();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncError#getOccurredAt <em>Occurred At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occurred At</em>'.
	 * @see org.fieldbook.model.SyncError#getOccurredAt()
	 * @see #getSyncError()
	 * @generated
	 */
	EAttribute getSyncError_OccurredAt();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncError#getTableName <em>Table Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table Name</em>'.
	 * @see org.fieldbook.model.SyncError#getTableName()
	 * @see #getSyncError()
	 * @generated
	 */
	EAttribute getSyncError_TableName();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncError#getRecordId <em>Record Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Record Id</em>'.
	 * @see org.fieldbook.model.SyncError#getRecordId()
	 * @see #getSyncError()
	 * @generated
	 */
	EAttribute getSyncError_RecordId();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncError#getHttpStatus <em>Http Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Http Status</em>'.
	 * @see org.fieldbook.model.SyncError#getHttpStatus()
	 * @see #getSyncError()
	 * @generated
	 */
	EAttribute getSyncError_HttpStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncError#getErrorType <em>Error Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error Type</em>'.
	 * @see org.fieldbook.model.SyncError#getErrorType()
	 * @see #getSyncError()
	 * @generated
	 */
	EAttribute getSyncError_ErrorType();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncError#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.fieldbook.model.SyncError#getMessage()
	 * @see #getSyncError()
	 * @generated
	 */
	EAttribute getSyncError_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncError#isResolved <em>Resolved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved</em>'.
	 * @see org.fieldbook.model.SyncError#isResolved()
	 * @see #getSyncError()
	 * @generated
	 */
	EAttribute getSyncError_Resolved();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncError#getErrorCode <em>Error Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error Code</em>'.
	 * @see org.fieldbook.model.SyncError#getErrorCode()
	 * @see #getSyncError()
	 * @generated
	 */
	EAttribute getSyncError_ErrorCode();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncError#getErrorDetail <em>Error Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error Detail</em>'.
	 * @see org.fieldbook.model.SyncError#getErrorDetail()
	 * @see #getSyncError()
	 * @generated
	 */
	EAttribute getSyncError_ErrorDetail();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncError#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.fieldbook.model.SyncError#getAction()
	 * @see #getSyncError()
	 * @generated
	 */
	EAttribute getSyncError_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncError#getActionData <em>Action Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action Data</em>'.
	 * @see org.fieldbook.model.SyncError#getActionData()
	 * @see #getSyncError()
	 * @generated
	 */
	EAttribute getSyncError_ActionData();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.SyncSummary <em>Sync Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sync Summary</em>'.
	 * @see org.fieldbook.model.SyncSummary
	 * @generated
	 */
	EClass getSyncSummary();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncSummary#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.fieldbook.model.SyncSummary#getDevice()
	 * @see #getSyncSummary()
	 * @generated
	 */
	EAttribute getSyncSummary_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncSummary#getStartedOn <em>Started On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started On</em>'.
	 * @see org.fieldbook.model.SyncSummary#getStartedOn()
	 * @see #getSyncSummary()
	 * @generated
	 */
	EAttribute getSyncSummary_StartedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncSummary#getFinishedOn <em>Finished On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished On</em>'.
	 * @see org.fieldbook.model.SyncSummary#getFinishedOn()
	 * @see #getSyncSummary()
	 * @generated
	 */
	EAttribute getSyncSummary_FinishedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncSummary#getDurationMillis <em>Duration Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Millis</em>'.
	 * @see org.fieldbook.model.SyncSummary#getDurationMillis()
	 * @see #getSyncSummary()
	 * @generated
	 */
	EAttribute getSyncSummary_DurationMillis();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncSummary#isSucceeded <em>Succeeded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Succeeded</em>'.
	 * @see org.fieldbook.model.SyncSummary#isSucceeded()
	 * @see #getSyncSummary()
	 * @generated
	 */
	EAttribute getSyncSummary_Succeeded();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncSummary#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.fieldbook.model.SyncSummary#getMessage()
	 * @see #getSyncSummary()
	 * @generated
	 */
	EAttribute getSyncSummary_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncSummary#getRowsOnDevice <em>Rows On Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rows On Device</em>'.
	 * @see org.fieldbook.model.SyncSummary#getRowsOnDevice()
	 * @see #getSyncSummary()
	 * @generated
	 */
	EAttribute getSyncSummary_RowsOnDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncSummary#getPendingEdits <em>Pending Edits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pending Edits</em>'.
	 * @see org.fieldbook.model.SyncSummary#getPendingEdits()
	 * @see #getSyncSummary()
	 * @generated
	 */
	EAttribute getSyncSummary_PendingEdits();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncSummary#getOpenErrors <em>Open Errors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Open Errors</em>'.
	 * @see org.fieldbook.model.SyncSummary#getOpenErrors()
	 * @see #getSyncSummary()
	 * @generated
	 */
	EAttribute getSyncSummary_OpenErrors();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.SyncSummary#getClientVersion <em>Client Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Version</em>'.
	 * @see org.fieldbook.model.SyncSummary#getClientVersion()
	 * @see #getSyncSummary()
	 * @generated
	 */
	EAttribute getSyncSummary_ClientVersion();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see org.fieldbook.model.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Annotation#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.fieldbook.model.Annotation#getSubject()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Annotation#getNoteText <em>Note Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note Text</em>'.
	 * @see org.fieldbook.model.Annotation#getNoteText()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_NoteText();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Annotation#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see org.fieldbook.model.Annotation#getFileName()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_FileName();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Annotation#getMimeType <em>Mime Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mime Type</em>'.
	 * @see org.fieldbook.model.Annotation#getMimeType()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_MimeType();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Annotation#getFileSize <em>File Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Size</em>'.
	 * @see org.fieldbook.model.Annotation#getFileSize()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_FileSize();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Annotation#getDocumentBody <em>Document Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Body</em>'.
	 * @see org.fieldbook.model.Annotation#getDocumentBody()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_DocumentBody();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Annotation#isIsDocument <em>Is Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is Document</em>'.
	 * @see org.fieldbook.model.Annotation#isIsDocument()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_IsDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Annotation#getObjectTypeCode <em>Object Type Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Object Type Code</em>'.
	 * @see org.fieldbook.model.Annotation#getObjectTypeCode()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_ObjectTypeCode();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Annotation#getCreatedBy <em>Created By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created By</em>'.
	 * @see org.fieldbook.model.Annotation#getCreatedBy()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_CreatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.Annotation#getModifiedBy <em>Modified By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified By</em>'.
	 * @see org.fieldbook.model.Annotation#getModifiedBy()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_ModifiedBy();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.Annotation#getObjectId <em>Object Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Object Id</em>'.
	 * @see org.fieldbook.model.Annotation#getObjectId()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_ObjectId();

	/**
	 * Returns the meta object for class '{@link org.fieldbook.model.TimeEntry <em>Time Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Time Entry</em>'.
	 * @see org.fieldbook.model.TimeEntry
	 * @generated
	 */
	EClass getTimeEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.TimeEntry#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.fieldbook.model.TimeEntry#getStart()
	 * @see #getTimeEntry()
	 * @generated
	 */
	EAttribute getTimeEntry_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.TimeEntry#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.fieldbook.model.TimeEntry#getEnd()
	 * @see #getTimeEntry()
	 * @generated
	 */
	EAttribute getTimeEntry_End();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.TimeEntry#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see org.fieldbook.model.TimeEntry#getDuration()
	 * @see #getTimeEntry()
	 * @generated
	 */
	EAttribute getTimeEntry_Duration();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.TimeEntry#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.fieldbook.model.TimeEntry#getType()
	 * @see #getTimeEntry()
	 * @generated
	 */
	EAttribute getTimeEntry_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbook.model.TimeEntry#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.fieldbook.model.TimeEntry#getDescription()
	 * @see #getTimeEntry()
	 * @generated
	 */
	EAttribute getTimeEntry_Description();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.TimeEntry#getBookableResource <em>Bookable Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Bookable Resource</em>'.
	 * @see org.fieldbook.model.TimeEntry#getBookableResource()
	 * @see #getTimeEntry()
	 * @generated
	 */
	EReference getTimeEntry_BookableResource();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.TimeEntry#getBooking <em>Booking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Booking</em>'.
	 * @see org.fieldbook.model.TimeEntry#getBooking()
	 * @see #getTimeEntry()
	 * @generated
	 */
	EReference getTimeEntry_Booking();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbook.model.TimeEntry#getWorkOrder <em>Work Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Work Order</em>'.
	 * @see org.fieldbook.model.TimeEntry#getWorkOrder()
	 * @see #getTimeEntry()
	 * @generated
	 */
	EReference getTimeEntry_WorkOrder();

	/**
	 * Returns the meta object for enum '{@link org.fieldbook.model.FieldServiceStatus <em>Field Service Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Field Service Status</em>'.
	 * @see org.fieldbook.model.FieldServiceStatus
	 * @generated
	 */
	EEnum getFieldServiceStatus();

	/**
	 * Returns the meta object for enum '{@link org.fieldbook.model.BookingState <em>Booking State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Booking State</em>'.
	 * @see org.fieldbook.model.BookingState
	 * @generated
	 */
	EEnum getBookingState();

	/**
	 * Returns the meta object for enum '{@link org.fieldbook.model.WorkOrderSystemStatus <em>Work Order System Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Work Order System Status</em>'.
	 * @see org.fieldbook.model.WorkOrderSystemStatus
	 * @generated
	 */
	EEnum getWorkOrderSystemStatus();

	/**
	 * Returns the meta object for enum '{@link org.fieldbook.model.WorkOrderPriority <em>Work Order Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Work Order Priority</em>'.
	 * @see org.fieldbook.model.WorkOrderPriority
	 * @generated
	 */
	EEnum getWorkOrderPriority();

	/**
	 * Returns the meta object for enum '{@link org.fieldbook.model.TaskResult <em>Task Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task Result</em>'.
	 * @see org.fieldbook.model.TaskResult
	 * @generated
	 */
	EEnum getTaskResult();

	/**
	 * Returns the meta object for enum '{@link org.fieldbook.model.LineStatus <em>Line Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Line Status</em>'.
	 * @see org.fieldbook.model.LineStatus
	 * @generated
	 */
	EEnum getLineStatus();

	/**
	 * Returns the meta object for enum '{@link org.fieldbook.model.DownloadFilter <em>Download Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Download Filter</em>'.
	 * @see org.fieldbook.model.DownloadFilter
	 * @generated
	 */
	EEnum getDownloadFilter();

	/**
	 * Returns the meta object for enum '{@link org.fieldbook.model.ConflictResolution <em>Conflict Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Conflict Resolution</em>'.
	 * @see org.fieldbook.model.ConflictResolution
	 * @generated
	 */
	EEnum getConflictResolution();

	/**
	 * Returns the meta object for enum '{@link org.fieldbook.model.SyncErrorType <em>Sync Error Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sync Error Type</em>'.
	 * @see org.fieldbook.model.SyncErrorType
	 * @generated
	 */
	EEnum getSyncErrorType();

	/**
	 * Returns the meta object for enum '{@link org.fieldbook.model.TimeEntryType <em>Time Entry Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Time Entry Type</em>'.
	 * @see org.fieldbook.model.TimeEntryType
	 * @generated
	 */
	EEnum getTimeEntryType();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FieldbookFactory getFieldbookFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.RecordImpl <em>Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.RecordImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getRecord()
		 * @generated
		 */
		EClass RECORD = eINSTANCE.getRecord();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__ID = eINSTANCE.getRecord_Id();

		/**
		 * The meta object literal for the '<em><b>Version Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__VERSION_NUMBER = eINSTANCE.getRecord_VersionNumber();

		/**
		 * The meta object literal for the '<em><b>Created On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__CREATED_ON = eINSTANCE.getRecord_CreatedOn();

		/**
		 * The meta object literal for the '<em><b>Modified On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__MODIFIED_ON = eINSTANCE.getRecord_ModifiedOn();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.BookingImpl <em>Booking</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.BookingImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getBooking()
		 * @generated
		 */
		EClass BOOKING = eINSTANCE.getBooking();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__NAME = eINSTANCE.getBooking_Name();

		/**
		 * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__START_TIME = eINSTANCE.getBooking_StartTime();

		/**
		 * The meta object literal for the '<em><b>End Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__END_TIME = eINSTANCE.getBooking_EndTime();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__DURATION = eINSTANCE.getBooking_Duration();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOOKING__STATUS = eINSTANCE.getBooking_Status();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOOKING__RESOURCE = eINSTANCE.getBooking_Resource();

		/**
		 * The meta object literal for the '<em><b>Work Order</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOOKING__WORK_ORDER = eINSTANCE.getBooking_WorkOrder();

		/**
		 * The meta object literal for the '<em><b>Actual Arrival Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__ACTUAL_ARRIVAL_TIME = eINSTANCE.getBooking_ActualArrivalTime();

		/**
		 * The meta object literal for the '<em><b>Estimated Travel Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__ESTIMATED_TRAVEL_DURATION = eINSTANCE.getBooking_EstimatedTravelDuration();

		/**
		 * The meta object literal for the '<em><b>Actual Travel Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__ACTUAL_TRAVEL_DURATION = eINSTANCE.getBooking_ActualTravelDuration();

		/**
		 * The meta object literal for the '<em><b>Total Break Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__TOTAL_BREAK_DURATION = eINSTANCE.getBooking_TotalBreakDuration();

		/**
		 * The meta object literal for the '<em><b>Owner Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__OWNER_ID = eINSTANCE.getBooking_OwnerId();

		/**
		 * The meta object literal for the '<em><b>Owning Business Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__OWNING_BUSINESS_UNIT = eINSTANCE.getBooking_OwningBusinessUnit();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.BookingStatusImpl <em>Booking Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.BookingStatusImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getBookingStatus()
		 * @generated
		 */
		EClass BOOKING_STATUS = eINSTANCE.getBookingStatus();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING_STATUS__NAME = eINSTANCE.getBookingStatus_Name();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING_STATUS__STATUS = eINSTANCE.getBookingStatus_Status();

		/**
		 * The meta object literal for the '<em><b>Field Service Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING_STATUS__FIELD_SERVICE_STATUS = eINSTANCE.getBookingStatus_FieldServiceStatus();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.BookableResourceImpl <em>Bookable Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.BookableResourceImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getBookableResource()
		 * @generated
		 */
		EClass BOOKABLE_RESOURCE = eINSTANCE.getBookableResource();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKABLE_RESOURCE__NAME = eINSTANCE.getBookableResource_Name();

		/**
		 * The meta object literal for the '<em><b>Resource Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKABLE_RESOURCE__RESOURCE_TYPE = eINSTANCE.getBookableResource_ResourceType();

		/**
		 * The meta object literal for the '<em><b>User Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKABLE_RESOURCE__USER_ID = eINSTANCE.getBookableResource_UserId();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.WorkOrderImpl <em>Work Order</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.WorkOrderImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getWorkOrder()
		 * @generated
		 */
		EClass WORK_ORDER = eINSTANCE.getWorkOrder();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__NUMBER = eINSTANCE.getWorkOrder_Number();

		/**
		 * The meta object literal for the '<em><b>System Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__SYSTEM_STATUS = eINSTANCE.getWorkOrder_SystemStatus();

		/**
		 * The meta object literal for the '<em><b>Substatus Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__SUBSTATUS_ID = eINSTANCE.getWorkOrder_SubstatusId();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__PRIORITY = eINSTANCE.getWorkOrder_Priority();

		/**
		 * The meta object literal for the '<em><b>Service Account</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ORDER__SERVICE_ACCOUNT = eINSTANCE.getWorkOrder_ServiceAccount();

		/**
		 * The meta object literal for the '<em><b>Reported By Contact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ORDER__REPORTED_BY_CONTACT = eINSTANCE.getWorkOrder_ReportedByContact();

		/**
		 * The meta object literal for the '<em><b>Primary Incident Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ORDER__PRIMARY_INCIDENT_TYPE = eINSTANCE.getWorkOrder_PrimaryIncidentType();

		/**
		 * The meta object literal for the '<em><b>Customer Asset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ORDER__CUSTOMER_ASSET = eINSTANCE.getWorkOrder_CustomerAsset();

		/**
		 * The meta object literal for the '<em><b>Instructions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__INSTRUCTIONS = eINSTANCE.getWorkOrder_Instructions();

		/**
		 * The meta object literal for the '<em><b>Address1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__ADDRESS1 = eINSTANCE.getWorkOrder_Address1();

		/**
		 * The meta object literal for the '<em><b>Address2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__ADDRESS2 = eINSTANCE.getWorkOrder_Address2();

		/**
		 * The meta object literal for the '<em><b>Address3</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__ADDRESS3 = eINSTANCE.getWorkOrder_Address3();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__CITY = eINSTANCE.getWorkOrder_City();

		/**
		 * The meta object literal for the '<em><b>State Or Province</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__STATE_OR_PROVINCE = eINSTANCE.getWorkOrder_StateOrProvince();

		/**
		 * The meta object literal for the '<em><b>Postal Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__POSTAL_CODE = eINSTANCE.getWorkOrder_PostalCode();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__COUNTRY = eINSTANCE.getWorkOrder_Country();

		/**
		 * The meta object literal for the '<em><b>Latitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__LATITUDE = eINSTANCE.getWorkOrder_Latitude();

		/**
		 * The meta object literal for the '<em><b>Longitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__LONGITUDE = eINSTANCE.getWorkOrder_Longitude();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__SUMMARY = eINSTANCE.getWorkOrder_Summary();

		/**
		 * The meta object literal for the '<em><b>First Arrived On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__FIRST_ARRIVED_ON = eINSTANCE.getWorkOrder_FirstArrivedOn();

		/**
		 * The meta object literal for the '<em><b>Completed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__COMPLETED_ON = eINSTANCE.getWorkOrder_CompletedOn();

		/**
		 * The meta object literal for the '<em><b>Owner Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__OWNER_ID = eINSTANCE.getWorkOrder_OwnerId();

		/**
		 * The meta object literal for the '<em><b>Owning Business Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__OWNING_BUSINESS_UNIT = eINSTANCE.getWorkOrder_OwningBusinessUnit();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.AccountImpl <em>Account</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.AccountImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getAccount()
		 * @generated
		 */
		EClass ACCOUNT = eINSTANCE.getAccount();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__NAME = eINSTANCE.getAccount_Name();

		/**
		 * The meta object literal for the '<em><b>Telephone1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__TELEPHONE1 = eINSTANCE.getAccount_Telephone1();

		/**
		 * The meta object literal for the '<em><b>Address1 Line1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__ADDRESS1_LINE1 = eINSTANCE.getAccount_Address1Line1();

		/**
		 * The meta object literal for the '<em><b>Address1 City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__ADDRESS1_CITY = eINSTANCE.getAccount_Address1City();

		/**
		 * The meta object literal for the '<em><b>Address1 Postal Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__ADDRESS1_POSTAL_CODE = eINSTANCE.getAccount_Address1PostalCode();

		/**
		 * The meta object literal for the '<em><b>Owner Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__OWNER_ID = eINSTANCE.getAccount_OwnerId();

		/**
		 * The meta object literal for the '<em><b>Owning Business Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__OWNING_BUSINESS_UNIT = eINSTANCE.getAccount_OwningBusinessUnit();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.ContactImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>Full Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__FULL_NAME = eINSTANCE.getContact_FullName();

		/**
		 * The meta object literal for the '<em><b>First Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__FIRST_NAME = eINSTANCE.getContact_FirstName();

		/**
		 * The meta object literal for the '<em><b>Last Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__LAST_NAME = eINSTANCE.getContact_LastName();

		/**
		 * The meta object literal for the '<em><b>Telephone1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__TELEPHONE1 = eINSTANCE.getContact_Telephone1();

		/**
		 * The meta object literal for the '<em><b>Email Address1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__EMAIL_ADDRESS1 = eINSTANCE.getContact_EmailAddress1();

		/**
		 * The meta object literal for the '<em><b>Parent Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__PARENT_CUSTOMER = eINSTANCE.getContact_ParentCustomer();

		/**
		 * The meta object literal for the '<em><b>Owner Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__OWNER_ID = eINSTANCE.getContact_OwnerId();

		/**
		 * The meta object literal for the '<em><b>Owning Business Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__OWNING_BUSINESS_UNIT = eINSTANCE.getContact_OwningBusinessUnit();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.CustomerAssetImpl <em>Customer Asset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.CustomerAssetImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getCustomerAsset()
		 * @generated
		 */
		EClass CUSTOMER_ASSET = eINSTANCE.getCustomerAsset();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_ASSET__NAME = eINSTANCE.getCustomerAsset_Name();

		/**
		 * The meta object literal for the '<em><b>Account</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER_ASSET__ACCOUNT = eINSTANCE.getCustomerAsset_Account();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER_ASSET__PRODUCT = eINSTANCE.getCustomerAsset_Product();

		/**
		 * The meta object literal for the '<em><b>Owner Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_ASSET__OWNER_ID = eINSTANCE.getCustomerAsset_OwnerId();

		/**
		 * The meta object literal for the '<em><b>Owning Business Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_ASSET__OWNING_BUSINESS_UNIT = eINSTANCE.getCustomerAsset_OwningBusinessUnit();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.IncidentTypeImpl <em>Incident Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.IncidentTypeImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getIncidentType()
		 * @generated
		 */
		EClass INCIDENT_TYPE = eINSTANCE.getIncidentType();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCIDENT_TYPE__NAME = eINSTANCE.getIncidentType_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCIDENT_TYPE__DESCRIPTION = eINSTANCE.getIncidentType_Description();

		/**
		 * The meta object literal for the '<em><b>Owner Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCIDENT_TYPE__OWNER_ID = eINSTANCE.getIncidentType_OwnerId();

		/**
		 * The meta object literal for the '<em><b>Owning Business Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCIDENT_TYPE__OWNING_BUSINESS_UNIT = eINSTANCE.getIncidentType_OwningBusinessUnit();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.WorkOrderIncidentImpl <em>Work Order Incident</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.WorkOrderIncidentImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getWorkOrderIncident()
		 * @generated
		 */
		EClass WORK_ORDER_INCIDENT = eINSTANCE.getWorkOrderIncident();

		/**
		 * The meta object literal for the '<em><b>Work Order</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ORDER_INCIDENT__WORK_ORDER = eINSTANCE.getWorkOrderIncident_WorkOrder();

		/**
		 * The meta object literal for the '<em><b>Incident Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ORDER_INCIDENT__INCIDENT_TYPE = eINSTANCE.getWorkOrderIncident_IncidentType();

		/**
		 * The meta object literal for the '<em><b>Customer Asset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ORDER_INCIDENT__CUSTOMER_ASSET = eINSTANCE.getWorkOrderIncident_CustomerAsset();

		/**
		 * The meta object literal for the '<em><b>Primary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER_INCIDENT__PRIMARY = eINSTANCE.getWorkOrderIncident_Primary();

		/**
		 * The meta object literal for the '<em><b>Incident Resolved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER_INCIDENT__INCIDENT_RESOLVED = eINSTANCE.getWorkOrderIncident_IncidentResolved();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.WorkOrderServiceTaskImpl <em>Work Order Service Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.WorkOrderServiceTaskImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getWorkOrderServiceTask()
		 * @generated
		 */
		EClass WORK_ORDER_SERVICE_TASK = eINSTANCE.getWorkOrderServiceTask();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER_SERVICE_TASK__NAME = eINSTANCE.getWorkOrderServiceTask_Name();

		/**
		 * The meta object literal for the '<em><b>Work Order</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ORDER_SERVICE_TASK__WORK_ORDER = eINSTANCE.getWorkOrderServiceTask_WorkOrder();

		/**
		 * The meta object literal for the '<em><b>Booking</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ORDER_SERVICE_TASK__BOOKING = eINSTANCE.getWorkOrderServiceTask_Booking();

		/**
		 * The meta object literal for the '<em><b>Percent Complete</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER_SERVICE_TASK__PERCENT_COMPLETE = eINSTANCE.getWorkOrderServiceTask_PercentComplete();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER_SERVICE_TASK__RESULT = eINSTANCE.getWorkOrderServiceTask_Result();

		/**
		 * The meta object literal for the '<em><b>Estimated Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER_SERVICE_TASK__ESTIMATED_DURATION = eINSTANCE.getWorkOrderServiceTask_EstimatedDuration();

		/**
		 * The meta object literal for the '<em><b>Actual Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER_SERVICE_TASK__ACTUAL_DURATION = eINSTANCE.getWorkOrderServiceTask_ActualDuration();

		/**
		 * The meta object literal for the '<em><b>Line Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER_SERVICE_TASK__LINE_ORDER = eINSTANCE.getWorkOrderServiceTask_LineOrder();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER_SERVICE_TASK__DESCRIPTION = eINSTANCE.getWorkOrderServiceTask_Description();

		/**
		 * The meta object literal for the '<em><b>Is Completed</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation WORK_ORDER_SERVICE_TASK___IS_COMPLETED = eINSTANCE.getWorkOrderServiceTask__IsCompleted();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.WorkOrderProductImpl <em>Work Order Product</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.WorkOrderProductImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getWorkOrderProduct()
		 * @generated
		 */
		EClass WORK_ORDER_PRODUCT = eINSTANCE.getWorkOrderProduct();

		/**
		 * The meta object literal for the '<em><b>Work Order</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ORDER_PRODUCT__WORK_ORDER = eINSTANCE.getWorkOrderProduct_WorkOrder();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ORDER_PRODUCT__PRODUCT = eINSTANCE.getWorkOrderProduct_Product();

		/**
		 * The meta object literal for the '<em><b>Booking</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ORDER_PRODUCT__BOOKING = eINSTANCE.getWorkOrderProduct_Booking();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER_PRODUCT__QUANTITY = eINSTANCE.getWorkOrderProduct_Quantity();

		/**
		 * The meta object literal for the '<em><b>Estimate Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER_PRODUCT__ESTIMATE_QUANTITY = eINSTANCE.getWorkOrderProduct_EstimateQuantity();

		/**
		 * The meta object literal for the '<em><b>Line Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER_PRODUCT__LINE_STATUS = eINSTANCE.getWorkOrderProduct_LineStatus();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.WorkOrderServiceImpl <em>Work Order Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.WorkOrderServiceImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getWorkOrderService()
		 * @generated
		 */
		EClass WORK_ORDER_SERVICE = eINSTANCE.getWorkOrderService();

		/**
		 * The meta object literal for the '<em><b>Work Order</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ORDER_SERVICE__WORK_ORDER = eINSTANCE.getWorkOrderService_WorkOrder();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ORDER_SERVICE__SERVICE = eINSTANCE.getWorkOrderService_Service();

		/**
		 * The meta object literal for the '<em><b>Booking</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ORDER_SERVICE__BOOKING = eINSTANCE.getWorkOrderService_Booking();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER_SERVICE__DURATION = eINSTANCE.getWorkOrderService_Duration();

		/**
		 * The meta object literal for the '<em><b>Line Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER_SERVICE__LINE_STATUS = eINSTANCE.getWorkOrderService_LineStatus();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.ProductImpl <em>Product</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.ProductImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getProduct()
		 * @generated
		 */
		EClass PRODUCT = eINSTANCE.getProduct();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT__NAME = eINSTANCE.getProduct_Name();

		/**
		 * The meta object literal for the '<em><b>Product Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT__PRODUCT_NUMBER = eINSTANCE.getProduct_ProductNumber();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT__DESCRIPTION = eINSTANCE.getProduct_Description();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.OfflineProfileImpl <em>Offline Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.OfflineProfileImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getOfflineProfile()
		 * @generated
		 */
		EClass OFFLINE_PROFILE = eINSTANCE.getOfflineProfile();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLINE_PROFILE__NAME = eINSTANCE.getOfflineProfile_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLINE_PROFILE__DESCRIPTION = eINSTANCE.getOfflineProfile_Description();

		/**
		 * The meta object literal for the '<em><b>Published</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLINE_PROFILE__PUBLISHED = eINSTANCE.getOfflineProfile_Published();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFLINE_PROFILE__ITEMS = eINSTANCE.getOfflineProfile_Items();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.OfflineProfileItemImpl <em>Offline Profile Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.OfflineProfileItemImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getOfflineProfileItem()
		 * @generated
		 */
		EClass OFFLINE_PROFILE_ITEM = eINSTANCE.getOfflineProfileItem();

		/**
		 * The meta object literal for the '<em><b>Table Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLINE_PROFILE_ITEM__TABLE_NAME = eINSTANCE.getOfflineProfileItem_TableName();

		/**
		 * The meta object literal for the '<em><b>Download Filter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLINE_PROFILE_ITEM__DOWNLOAD_FILTER = eINSTANCE.getOfflineProfileItem_DownloadFilter();

		/**
		 * The meta object literal for the '<em><b>Custom Filter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLINE_PROFILE_ITEM__CUSTOM_FILTER = eINSTANCE.getOfflineProfileItem_CustomFilter();

		/**
		 * The meta object literal for the '<em><b>Records Owned By Me</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_ME = eINSTANCE.getOfflineProfileItem_RecordsOwnedByMe();

		/**
		 * The meta object literal for the '<em><b>Records Owned By My Team</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_MY_TEAM = eINSTANCE.getOfflineProfileItem_RecordsOwnedByMyTeam();

		/**
		 * The meta object literal for the '<em><b>Records Owned By My Business Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_MY_BUSINESS_UNIT = eINSTANCE.getOfflineProfileItem_RecordsOwnedByMyBusinessUnit();

		/**
		 * The meta object literal for the '<em><b>Sync Interval Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLINE_PROFILE_ITEM__SYNC_INTERVAL_MINUTES = eINSTANCE.getOfflineProfileItem_SyncIntervalMinutes();

		/**
		 * The meta object literal for the '<em><b>Relationships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFLINE_PROFILE_ITEM__RELATIONSHIPS = eINSTANCE.getOfflineProfileItem_Relationships();

		/**
		 * The meta object literal for the '<em><b>Effective Sync Interval Minutes</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation OFFLINE_PROFILE_ITEM___EFFECTIVE_SYNC_INTERVAL_MINUTES = eINSTANCE.getOfflineProfileItem__EffectiveSyncIntervalMinutes();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.OfflineProfileRelationshipImpl <em>Offline Profile Relationship</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.OfflineProfileRelationshipImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getOfflineProfileRelationship()
		 * @generated
		 */
		EClass OFFLINE_PROFILE_RELATIONSHIP = eINSTANCE.getOfflineProfileRelationship();

		/**
		 * The meta object literal for the '<em><b>From Table</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLINE_PROFILE_RELATIONSHIP__FROM_TABLE = eINSTANCE.getOfflineProfileRelationship_FromTable();

		/**
		 * The meta object literal for the '<em><b>Lookup Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLINE_PROFILE_RELATIONSHIP__LOOKUP_COLUMN = eINSTANCE.getOfflineProfileRelationship_LookupColumn();

		/**
		 * The meta object literal for the '<em><b>To Table</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLINE_PROFILE_RELATIONSHIP__TO_TABLE = eINSTANCE.getOfflineProfileRelationship_ToTable();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.OrganizationSettingsImpl <em>Organization Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.OrganizationSettingsImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getOrganizationSettings()
		 * @generated
		 */
		EClass ORGANIZATION_SETTINGS = eINSTANCE.getOrganizationSettings();

		/**
		 * The meta object literal for the '<em><b>Conflict Detection Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION_SETTINGS__CONFLICT_DETECTION_ENABLED = eINSTANCE.getOrganizationSettings_ConflictDetectionEnabled();

		/**
		 * The meta object literal for the '<em><b>Max Upload File Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION_SETTINGS__MAX_UPLOAD_FILE_SIZE = eINSTANCE.getOrganizationSettings_MaxUploadFileSize();

		/**
		 * The meta object literal for the '<em><b>Client Wins</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ORGANIZATION_SETTINGS___CLIENT_WINS = eINSTANCE.getOrganizationSettings__ClientWins();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.ConflictImpl <em>Conflict</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.ConflictImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getConflict()
		 * @generated
		 */
		EClass CONFLICT = eINSTANCE.getConflict();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__ID = eINSTANCE.getConflict_Id();

		/**
		 * The meta object literal for the '<em><b>Table Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__TABLE_NAME = eINSTANCE.getConflict_TableName();

		/**
		 * The meta object literal for the '<em><b>Record Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__RECORD_ID = eINSTANCE.getConflict_RecordId();

		/**
		 * The meta object literal for the '<em><b>Base Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFLICT__BASE_VALUES = eINSTANCE.getConflict_BaseValues();

		/**
		 * The meta object literal for the '<em><b>Local Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFLICT__LOCAL_VALUES = eINSTANCE.getConflict_LocalValues();

		/**
		 * The meta object literal for the '<em><b>Server Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFLICT__SERVER_VALUES = eINSTANCE.getConflict_ServerValues();

		/**
		 * The meta object literal for the '<em><b>Base ETag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__BASE_ETAG = eINSTANCE.getConflict_BaseETag();

		/**
		 * The meta object literal for the '<em><b>Server ETag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__SERVER_ETAG = eINSTANCE.getConflict_ServerETag();

		/**
		 * The meta object literal for the '<em><b>Detected At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__DETECTED_AT = eINSTANCE.getConflict_DetectedAt();

		/**
		 * The meta object literal for the '<em><b>Resolution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__RESOLUTION = eINSTANCE.getConflict_Resolution();

		/**
		 * The meta object literal for the '<em><b>Resolved At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__RESOLVED_AT = eINSTANCE.getConflict_ResolvedAt();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.FieldValueImpl <em>Field Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.FieldValueImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getFieldValue()
		 * @generated
		 */
		EClass FIELD_VALUE = eINSTANCE.getFieldValue();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_VALUE__COLUMN = eINSTANCE.getFieldValue_Column();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_VALUE__VALUE = eINSTANCE.getFieldValue_Value();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.SyncErrorImpl <em>Sync Error</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.SyncErrorImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getSyncError()
		 * @generated
		 */
		EClass SYNC_ERROR = eINSTANCE.getSyncError();

		/**
		 * The meta object literal for the '<em><b>Occurred At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_ERROR__OCCURRED_AT = eINSTANCE.getSyncError_OccurredAt();

		/**
		 * The meta object literal for the '<em><b>Table Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_ERROR__TABLE_NAME = eINSTANCE.getSyncError_TableName();

		/**
		 * The meta object literal for the '<em><b>Record Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_ERROR__RECORD_ID = eINSTANCE.getSyncError_RecordId();

		/**
		 * The meta object literal for the '<em><b>Http Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_ERROR__HTTP_STATUS = eINSTANCE.getSyncError_HttpStatus();

		/**
		 * The meta object literal for the '<em><b>Error Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_ERROR__ERROR_TYPE = eINSTANCE.getSyncError_ErrorType();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_ERROR__MESSAGE = eINSTANCE.getSyncError_Message();

		/**
		 * The meta object literal for the '<em><b>Resolved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_ERROR__RESOLVED = eINSTANCE.getSyncError_Resolved();

		/**
		 * The meta object literal for the '<em><b>Error Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_ERROR__ERROR_CODE = eINSTANCE.getSyncError_ErrorCode();

		/**
		 * The meta object literal for the '<em><b>Error Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_ERROR__ERROR_DETAIL = eINSTANCE.getSyncError_ErrorDetail();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_ERROR__ACTION = eINSTANCE.getSyncError_Action();

		/**
		 * The meta object literal for the '<em><b>Action Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_ERROR__ACTION_DATA = eINSTANCE.getSyncError_ActionData();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.SyncSummaryImpl <em>Sync Summary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.SyncSummaryImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getSyncSummary()
		 * @generated
		 */
		EClass SYNC_SUMMARY = eINSTANCE.getSyncSummary();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_SUMMARY__DEVICE = eINSTANCE.getSyncSummary_Device();

		/**
		 * The meta object literal for the '<em><b>Started On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_SUMMARY__STARTED_ON = eINSTANCE.getSyncSummary_StartedOn();

		/**
		 * The meta object literal for the '<em><b>Finished On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_SUMMARY__FINISHED_ON = eINSTANCE.getSyncSummary_FinishedOn();

		/**
		 * The meta object literal for the '<em><b>Duration Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_SUMMARY__DURATION_MILLIS = eINSTANCE.getSyncSummary_DurationMillis();

		/**
		 * The meta object literal for the '<em><b>Succeeded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_SUMMARY__SUCCEEDED = eINSTANCE.getSyncSummary_Succeeded();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_SUMMARY__MESSAGE = eINSTANCE.getSyncSummary_Message();

		/**
		 * The meta object literal for the '<em><b>Rows On Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_SUMMARY__ROWS_ON_DEVICE = eINSTANCE.getSyncSummary_RowsOnDevice();

		/**
		 * The meta object literal for the '<em><b>Pending Edits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_SUMMARY__PENDING_EDITS = eINSTANCE.getSyncSummary_PendingEdits();

		/**
		 * The meta object literal for the '<em><b>Open Errors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_SUMMARY__OPEN_ERRORS = eINSTANCE.getSyncSummary_OpenErrors();

		/**
		 * The meta object literal for the '<em><b>Client Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_SUMMARY__CLIENT_VERSION = eINSTANCE.getSyncSummary_ClientVersion();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.AnnotationImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__SUBJECT = eINSTANCE.getAnnotation_Subject();

		/**
		 * The meta object literal for the '<em><b>Note Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__NOTE_TEXT = eINSTANCE.getAnnotation_NoteText();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__FILE_NAME = eINSTANCE.getAnnotation_FileName();

		/**
		 * The meta object literal for the '<em><b>Mime Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__MIME_TYPE = eINSTANCE.getAnnotation_MimeType();

		/**
		 * The meta object literal for the '<em><b>File Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__FILE_SIZE = eINSTANCE.getAnnotation_FileSize();

		/**
		 * The meta object literal for the '<em><b>Document Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__DOCUMENT_BODY = eINSTANCE.getAnnotation_DocumentBody();

		/**
		 * The meta object literal for the '<em><b>Is Document</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__IS_DOCUMENT = eINSTANCE.getAnnotation_IsDocument();

		/**
		 * The meta object literal for the '<em><b>Object Type Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__OBJECT_TYPE_CODE = eINSTANCE.getAnnotation_ObjectTypeCode();

		/**
		 * The meta object literal for the '<em><b>Created By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__CREATED_BY = eINSTANCE.getAnnotation_CreatedBy();

		/**
		 * The meta object literal for the '<em><b>Modified By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__MODIFIED_BY = eINSTANCE.getAnnotation_ModifiedBy();

		/**
		 * The meta object literal for the '<em><b>Object Id</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__OBJECT_ID = eINSTANCE.getAnnotation_ObjectId();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.impl.TimeEntryImpl <em>Time Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.impl.TimeEntryImpl
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getTimeEntry()
		 * @generated
		 */
		EClass TIME_ENTRY = eINSTANCE.getTimeEntry();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_ENTRY__START = eINSTANCE.getTimeEntry_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_ENTRY__END = eINSTANCE.getTimeEntry_End();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_ENTRY__DURATION = eINSTANCE.getTimeEntry_Duration();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_ENTRY__TYPE = eINSTANCE.getTimeEntry_Type();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_ENTRY__DESCRIPTION = eINSTANCE.getTimeEntry_Description();

		/**
		 * The meta object literal for the '<em><b>Bookable Resource</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIME_ENTRY__BOOKABLE_RESOURCE = eINSTANCE.getTimeEntry_BookableResource();

		/**
		 * The meta object literal for the '<em><b>Booking</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIME_ENTRY__BOOKING = eINSTANCE.getTimeEntry_Booking();

		/**
		 * The meta object literal for the '<em><b>Work Order</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIME_ENTRY__WORK_ORDER = eINSTANCE.getTimeEntry_WorkOrder();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.FieldServiceStatus <em>Field Service Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.FieldServiceStatus
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getFieldServiceStatus()
		 * @generated
		 */
		EEnum FIELD_SERVICE_STATUS = eINSTANCE.getFieldServiceStatus();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.BookingState <em>Booking State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.BookingState
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getBookingState()
		 * @generated
		 */
		EEnum BOOKING_STATE = eINSTANCE.getBookingState();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.WorkOrderSystemStatus <em>Work Order System Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.WorkOrderSystemStatus
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getWorkOrderSystemStatus()
		 * @generated
		 */
		EEnum WORK_ORDER_SYSTEM_STATUS = eINSTANCE.getWorkOrderSystemStatus();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.WorkOrderPriority <em>Work Order Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.WorkOrderPriority
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getWorkOrderPriority()
		 * @generated
		 */
		EEnum WORK_ORDER_PRIORITY = eINSTANCE.getWorkOrderPriority();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.TaskResult <em>Task Result</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.TaskResult
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getTaskResult()
		 * @generated
		 */
		EEnum TASK_RESULT = eINSTANCE.getTaskResult();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.LineStatus <em>Line Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.LineStatus
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getLineStatus()
		 * @generated
		 */
		EEnum LINE_STATUS = eINSTANCE.getLineStatus();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.DownloadFilter <em>Download Filter</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.DownloadFilter
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getDownloadFilter()
		 * @generated
		 */
		EEnum DOWNLOAD_FILTER = eINSTANCE.getDownloadFilter();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.ConflictResolution <em>Conflict Resolution</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.ConflictResolution
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getConflictResolution()
		 * @generated
		 */
		EEnum CONFLICT_RESOLUTION = eINSTANCE.getConflictResolution();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.SyncErrorType <em>Sync Error Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.SyncErrorType
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getSyncErrorType()
		 * @generated
		 */
		EEnum SYNC_ERROR_TYPE = eINSTANCE.getSyncErrorType();

		/**
		 * The meta object literal for the '{@link org.fieldbook.model.TimeEntryType <em>Time Entry Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.TimeEntryType
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getTimeEntryType()
		 * @generated
		 */
		EEnum TIME_ENTRY_TYPE = eINSTANCE.getTimeEntryType();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //FieldbookPackage
