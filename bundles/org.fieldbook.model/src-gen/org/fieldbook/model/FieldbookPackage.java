/**
 */
package org.fieldbook.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
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
 * Fieldbook's field-service records, named after the Dataverse Web API tables they mirror.
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
	 * The number of structural features of the '<em>Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FEATURE_COUNT = 2;

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
	 * The feature id for the '<em><b>Status</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__STATUS = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Work Order</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__WORK_ORDER = RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Booking</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_FEATURE_COUNT = RECORD_FEATURE_COUNT + 5;

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
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_STATUS__NAME = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Field Service Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_STATUS__FIELD_SERVICE_STATUS = RECORD_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Booking Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_STATUS_FEATURE_COUNT = RECORD_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Booking Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_STATUS_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.impl.WorkOrderImpl <em>Work Order</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.impl.WorkOrderImpl
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getWorkOrder()
	 * @generated
	 */
	int WORK_ORDER = 3;

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
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__NUMBER = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Service Account</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__SERVICE_ACCOUNT = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Address1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__ADDRESS1 = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__CITY = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER__INSTRUCTIONS = RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Work Order</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ORDER_FEATURE_COUNT = RECORD_FEATURE_COUNT + 5;

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
	int ACCOUNT = 4;

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
	 * The number of structural features of the '<em>Account</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_FEATURE_COUNT = RECORD_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Account</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbook.model.FieldServiceStatus <em>Field Service Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbook.model.FieldServiceStatus
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getFieldServiceStatus()
	 * @generated
	 */
	int FIELD_SERVICE_STATUS = 5;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 6;


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
	 * Returns the meta object for enum '{@link org.fieldbook.model.FieldServiceStatus <em>Field Service Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Field Service Status</em>'.
	 * @see org.fieldbook.model.FieldServiceStatus
	 * @generated
	 */
	EEnum getFieldServiceStatus();

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
		 * The meta object literal for the '<em><b>Status</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOOKING__STATUS = eINSTANCE.getBooking_Status();

		/**
		 * The meta object literal for the '<em><b>Work Order</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOOKING__WORK_ORDER = eINSTANCE.getBooking_WorkOrder();

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
		 * The meta object literal for the '<em><b>Field Service Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING_STATUS__FIELD_SERVICE_STATUS = eINSTANCE.getBookingStatus_FieldServiceStatus();

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
		 * The meta object literal for the '<em><b>Service Account</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ORDER__SERVICE_ACCOUNT = eINSTANCE.getWorkOrder_ServiceAccount();

		/**
		 * The meta object literal for the '<em><b>Address1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__ADDRESS1 = eINSTANCE.getWorkOrder_Address1();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__CITY = eINSTANCE.getWorkOrder_City();

		/**
		 * The meta object literal for the '<em><b>Instructions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ORDER__INSTRUCTIONS = eINSTANCE.getWorkOrder_Instructions();

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
		 * The meta object literal for the '{@link org.fieldbook.model.FieldServiceStatus <em>Field Service Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbook.model.FieldServiceStatus
		 * @see org.fieldbook.model.impl.FieldbookPackageImpl#getFieldServiceStatus()
		 * @generated
		 */
		EEnum FIELD_SERVICE_STATUS = eINSTANCE.getFieldServiceStatus();

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
