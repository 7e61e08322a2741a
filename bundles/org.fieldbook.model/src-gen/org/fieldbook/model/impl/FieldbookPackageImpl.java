/**
 */
package org.fieldbook.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.fieldbook.model.Account;
import org.fieldbook.model.Booking;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FieldbookPackageImpl extends EPackageImpl implements FieldbookPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bookingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bookingStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workOrderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fieldServiceStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.fieldbook.model.FieldbookPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private FieldbookPackageImpl() {
		super(eNS_URI, FieldbookFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link FieldbookPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static FieldbookPackage init() {
		if (isInited) return (FieldbookPackage)EPackage.Registry.INSTANCE.getEPackage(FieldbookPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredFieldbookPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		FieldbookPackageImpl theFieldbookPackage = registeredFieldbookPackage instanceof FieldbookPackageImpl ? (FieldbookPackageImpl)registeredFieldbookPackage : new FieldbookPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theFieldbookPackage.createPackageContents();

		// Initialize created meta-data
		theFieldbookPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theFieldbookPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(FieldbookPackage.eNS_URI, theFieldbookPackage);
		return theFieldbookPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecord() {
		return recordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_Id() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_VersionNumber() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBooking() {
		return bookingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_Name() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_StartTime() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_EndTime() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBooking_Status() {
		return (EReference)bookingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBooking_WorkOrder() {
		return (EReference)bookingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBookingStatus() {
		return bookingStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBookingStatus_Name() {
		return (EAttribute)bookingStatusEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBookingStatus_FieldServiceStatus() {
		return (EAttribute)bookingStatusEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkOrder() {
		return workOrderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_Number() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkOrder_ServiceAccount() {
		return (EReference)workOrderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_Address1() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_City() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_Instructions() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccount() {
		return accountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Name() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Telephone1() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFieldServiceStatus() {
		return fieldServiceStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldbookFactory getFieldbookFactory() {
		return (FieldbookFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		recordEClass = createEClass(RECORD);
		createEAttribute(recordEClass, RECORD__ID);
		createEAttribute(recordEClass, RECORD__VERSION_NUMBER);

		bookingEClass = createEClass(BOOKING);
		createEAttribute(bookingEClass, BOOKING__NAME);
		createEAttribute(bookingEClass, BOOKING__START_TIME);
		createEAttribute(bookingEClass, BOOKING__END_TIME);
		createEReference(bookingEClass, BOOKING__STATUS);
		createEReference(bookingEClass, BOOKING__WORK_ORDER);

		bookingStatusEClass = createEClass(BOOKING_STATUS);
		createEAttribute(bookingStatusEClass, BOOKING_STATUS__NAME);
		createEAttribute(bookingStatusEClass, BOOKING_STATUS__FIELD_SERVICE_STATUS);

		workOrderEClass = createEClass(WORK_ORDER);
		createEAttribute(workOrderEClass, WORK_ORDER__NUMBER);
		createEReference(workOrderEClass, WORK_ORDER__SERVICE_ACCOUNT);
		createEAttribute(workOrderEClass, WORK_ORDER__ADDRESS1);
		createEAttribute(workOrderEClass, WORK_ORDER__CITY);
		createEAttribute(workOrderEClass, WORK_ORDER__INSTRUCTIONS);

		accountEClass = createEClass(ACCOUNT);
		createEAttribute(accountEClass, ACCOUNT__NAME);
		createEAttribute(accountEClass, ACCOUNT__TELEPHONE1);

		// Create enums
		fieldServiceStatusEEnum = createEEnum(FIELD_SERVICE_STATUS);

		// Create data types
		instantEDataType = createEDataType(INSTANT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		bookingEClass.getESuperTypes().add(this.getRecord());
		bookingStatusEClass.getESuperTypes().add(this.getRecord());
		workOrderEClass.getESuperTypes().add(this.getRecord());
		accountEClass.getESuperTypes().add(this.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(recordEClass, org.fieldbook.model.Record.class, "Record", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecord_Id(), ecorePackage.getEString(), "id", null, 1, 1, org.fieldbook.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_VersionNumber(), ecorePackage.getELong(), "versionNumber", null, 0, 1, org.fieldbook.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bookingEClass, Booking.class, "Booking", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBooking_Name(), ecorePackage.getEString(), "name", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_StartTime(), this.getInstant(), "startTime", null, 1, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_EndTime(), this.getInstant(), "endTime", null, 1, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBooking_Status(), this.getBookingStatus(), null, "status", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBooking_WorkOrder(), this.getWorkOrder(), null, "workOrder", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bookingStatusEClass, BookingStatus.class, "BookingStatus", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBookingStatus_Name(), ecorePackage.getEString(), "name", null, 0, 1, BookingStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBookingStatus_FieldServiceStatus(), this.getFieldServiceStatus(), "fieldServiceStatus", null, 0, 1, BookingStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workOrderEClass, WorkOrder.class, "WorkOrder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkOrder_Number(), ecorePackage.getEString(), "number", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkOrder_ServiceAccount(), this.getAccount(), null, "serviceAccount", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_Address1(), ecorePackage.getEString(), "address1", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_City(), ecorePackage.getEString(), "city", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_Instructions(), ecorePackage.getEString(), "instructions", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accountEClass, Account.class, "Account", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAccount_Name(), ecorePackage.getEString(), "name", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Telephone1(), ecorePackage.getEString(), "telephone1", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(fieldServiceStatusEEnum, FieldServiceStatus.class, "FieldServiceStatus");
		addEEnumLiteral(fieldServiceStatusEEnum, FieldServiceStatus.SCHEDULED);
		addEEnumLiteral(fieldServiceStatusEEnum, FieldServiceStatus.TRAVELING);
		addEEnumLiteral(fieldServiceStatusEEnum, FieldServiceStatus.ON_BREAK);
		addEEnumLiteral(fieldServiceStatusEEnum, FieldServiceStatus.IN_PROGRESS);
		addEEnumLiteral(fieldServiceStatusEEnum, FieldServiceStatus.COMPLETED);
		addEEnumLiteral(fieldServiceStatusEEnum, FieldServiceStatus.CANCELED);

		// Initialize data types
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.fieldbook.org/dataverse
		createDataverseAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.fieldbook.org/dataverse</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createDataverseAnnotations() {
		String source = "http://www.fieldbook.org/dataverse";
		addAnnotation
		  (getRecord_VersionNumber(),
		   source,
		   new String[] {
			   "column", "versionnumber"
		   });
		addAnnotation
		  (bookingEClass,
		   source,
		   new String[] {
			   "logicalName", "bookableresourcebooking",
			   "entitySet", "bookableresourcebookings"
		   });
		addAnnotation
		  (getBooking_Name(),
		   source,
		   new String[] {
			   "column", "name"
		   });
		addAnnotation
		  (getBooking_StartTime(),
		   source,
		   new String[] {
			   "column", "starttime"
		   });
		addAnnotation
		  (getBooking_EndTime(),
		   source,
		   new String[] {
			   "column", "endtime"
		   });
		addAnnotation
		  (bookingStatusEClass,
		   source,
		   new String[] {
			   "logicalName", "bookingstatus",
			   "entitySet", "bookingstatuses"
		   });
		addAnnotation
		  (getBookingStatus_Name(),
		   source,
		   new String[] {
			   "column", "name"
		   });
		addAnnotation
		  (getBookingStatus_FieldServiceStatus(),
		   source,
		   new String[] {
			   "column", "msdyn_fieldservicestatus"
		   });
		addAnnotation
		  (workOrderEClass,
		   source,
		   new String[] {
			   "logicalName", "msdyn_workorder",
			   "entitySet", "msdyn_workorders"
		   });
		addAnnotation
		  (getWorkOrder_Number(),
		   source,
		   new String[] {
			   "column", "msdyn_name"
		   });
		addAnnotation
		  (getWorkOrder_Address1(),
		   source,
		   new String[] {
			   "column", "msdyn_address1"
		   });
		addAnnotation
		  (getWorkOrder_City(),
		   source,
		   new String[] {
			   "column", "msdyn_city"
		   });
		addAnnotation
		  (getWorkOrder_Instructions(),
		   source,
		   new String[] {
			   "column", "msdyn_instructions"
		   });
		addAnnotation
		  (accountEClass,
		   source,
		   new String[] {
			   "logicalName", "account",
			   "entitySet", "accounts"
		   });
		addAnnotation
		  (getAccount_Name(),
		   source,
		   new String[] {
			   "column", "name"
		   });
		addAnnotation
		  (getAccount_Telephone1(),
		   source,
		   new String[] {
			   "column", "telephone1"
		   });
	}

} //FieldbookPackageImpl
